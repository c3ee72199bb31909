'use client';

import { useFieldArray } from 'react-hook-form';
import { RepeatedFieldsets } from '@/components/forms/repeated-fieldsets';
import { MissionFields } from '@/components/missions/mission-fields';
import { emptyMission, type MissionsFormBindings } from '@/components/missions/missions-form-bindings';

export interface MissionsFieldsetProps extends MissionsFormBindings {
  /** Missions that cannot be removed (« Supprimer » is hidden below it). */
  minMissions?: number;
  maxMissions?: number;
}

/**
 * Several missions at once (SPEC §6.1, §6.3): one fieldset « Mission n » per mission with its
 * « Supprimer », then « Ajouter une mission ».
 */
export function MissionsFieldset({ minMissions = 1, maxMissions = 20, ...bindings }: MissionsFieldsetProps) {
  const { fields, append, remove } = useFieldArray({ control: bindings.control, name: 'missions' });
  const listError = bindings.errors.missions?.root?.message ?? bindings.errors.missions?.message;

  return (
    <RepeatedFieldsets
      keys={fields.map((field) => field.id)}
      itemLabel="Mission"
      addLabel="Ajouter une mission"
      min={minMissions}
      max={maxMissions}
      listError={listError}
      onAdd={() => append(emptyMission(), { shouldFocus: true })}
      onRemove={remove}
    >
      {(index) => <MissionFields {...bindings} index={index} />}
    </RepeatedFieldsets>
  );
}
