'use client';

import { useWatch } from 'react-hook-form';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import type { MissionsFormBindings } from '@/components/missions/missions-form-bindings';
import { MEDICAL_SPECIALITY_CODES, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';
import { PROFESSIONS, getProfession } from '@/lib/reference/professions';
import { DETAILS_MAX_LENGTH } from '@/lib/validation/mission';

const PROFESSION_OPTIONS = PROFESSIONS.map((profession) => ({ value: profession.code, label: profession.label }));
const SPECIALITY_OPTIONS = MEDICAL_SPECIALITY_CODES.map((code) => ({ value: code, label: MEDICAL_SPECIALITY_LABELS[code] }));

export interface MissionFieldsProps extends MissionsFormBindings {
  /** Position in the form's `missions` list: the fields are named `missions.${index}.…`. */
  index: number;
}

/**
 * The fields of one mission (SPEC §6.3), for every form that asks for missions: the account request
 * (§6.1) and « Nouveau besoin ». Labels are the SPEC's, `*` included (SPEC §13). Element ids carry the
 * index, so several missions on one page never share an id.
 */
export function MissionFields({ register, control, errors, index }: MissionFieldsProps) {
  const prefix = `missions.${index}` as const;
  const id = (field: string) => `missions-${index}-${field}`;
  const fieldErrors = errors.missions?.[index];
  const [professionCode, details] = useWatch({ control, name: [`${prefix}.professionCode`, `${prefix}.details`] });
  const hasSpecialities = professionCode ? (getProfession(professionCode)?.hasSpecialities ?? false) : false;

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Date de début*" type="date" required id={id('startDate')} error={fieldErrors?.startDate?.message} {...register(`${prefix}.startDate`)} />
        <TextField label="Date de fin*" type="date" required id={id('endDate')} error={fieldErrors?.endDate?.message} {...register(`${prefix}.endDate`)} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Profession demandée*"
          options={PROFESSION_OPTIONS}
          placeholder="Choisissez une profession"
          required
          id={id('professionCode')}
          error={fieldErrors?.professionCode?.message}
          {...register(`${prefix}.professionCode`)}
        />
        <TextField
          label="Nombre*"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          id={id('requestedCount')}
          hint="Nombre de professionnels souhaités."
          error={fieldErrors?.requestedCount?.message}
          {...register(`${prefix}.requestedCount`)}
        />
      </div>
      {/* Only doctors have specialities (as on the volunteers' side, whose speciality this matches). */}
      {hasSpecialities ? (
        <SelectField
          label="Spécialité"
          options={SPECIALITY_OPTIONS}
          placeholder="Aucune spécialité précisée"
          id={id('speciality')}
          error={fieldErrors?.speciality?.message}
          {...register(`${prefix}.speciality`)}
        />
      ) : null}
      <TextareaField
        label="Précisions"
        rows={3}
        maxLength={DETAILS_MAX_LENGTH}
        counter={{ length: details?.length ?? 0, max: DETAILS_MAX_LENGTH }}
        hint="Ce qui aide à mieux cibler votre besoin (service, horaires…)."
        id={id('details')}
        error={fieldErrors?.details?.message}
        {...register(`${prefix}.details`)}
      />
      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium">Critères</legend>
        <p className="text-sm text-muted">
          Cochez-les si vous avez besoin de personnes ayant un véhicule, disponibles le week-end ou ayant une expérience
          particulière : les propositions en tiendront compte. « Aide pour la vaccination » : seuls les professionnels
          éligibles à la vaccination vous seront proposés.
        </p>
        <CheckboxField label="Véhicule personnel" id={id('needsVehicle')} {...register(`${prefix}.needsVehicle`)} />
        <CheckboxField label="Disponible week-end" id={id('needsWeekend')} {...register(`${prefix}.needsWeekend`)} />
        <CheckboxField label="Expérience en EHPAD" id={id('needsEhpadExperience')} {...register(`${prefix}.needsEhpadExperience`)} />
        <CheckboxField label="Expérience en réanimation" id={id('needsIcuExperience')} {...register(`${prefix}.needsIcuExperience`)} />
        <CheckboxField label="Aide pour la vaccination" id={id('vaccinationSupport')} {...register(`${prefix}.vaccinationSupport`)} />
      </fieldset>
    </div>
  );
}
