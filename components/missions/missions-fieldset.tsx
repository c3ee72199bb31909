'use client';

import { useFieldArray } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { MissionFields } from '@/components/missions/mission-fields';
import { emptyMission, type MissionsFormBindings } from '@/components/missions/missions-form-bindings';

export interface MissionsFieldsetProps extends MissionsFormBindings {
  /** Missions that cannot be removed (« Supprimer » is hidden below it). */
  minMissions?: number;
  maxMissions?: number;
}

/**
 * Several missions at once (SPEC §6.1, §6.3): one fieldset « Mission n » per mission with its
 * « Supprimer », then « Ajouter une mission ». The fieldset's legend tells the missions' identical
 * labels apart, for screen readers and tests alike.
 */
export function MissionsFieldset({ minMissions = 1, maxMissions = 20, ...bindings }: MissionsFieldsetProps) {
  const { fields, append, remove } = useFieldArray({ control: bindings.control, name: 'missions' });
  const listError = bindings.errors.missions?.root?.message ?? bindings.errors.missions?.message;

  return (
    <div className="space-y-4">
      {fields.map((field, index) => (
        <fieldset key={field.id} className="space-y-4 rounded border border-gray-300 p-3 sm:p-4">
          <legend className="px-1 font-bold">Mission {index + 1}</legend>
          <MissionFields {...bindings} index={index} />
          {fields.length > minMissions ? (
            <Button type="button" variant="secondary" onClick={() => remove(index)} aria-label={`Supprimer la mission ${index + 1}`}>
              Supprimer
            </Button>
          ) : null}
        </fieldset>
      ))}
      {listError ? (
        <p role="alert" className="text-sm text-danger">
          {listError}
        </p>
      ) : null}
      {fields.length < maxMissions ? (
        <Button type="button" variant="secondary" onClick={() => append(emptyMission(), { shouldFocus: true })}>
          Ajouter une mission
        </Button>
      ) : null}
    </div>
  );
}
