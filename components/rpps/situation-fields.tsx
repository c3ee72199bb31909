'use client';

import { useFormContext } from 'react-hook-form';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { PRACTICE_MODE_LABELS } from '@/lib/rpps/shared/labels';
import { RPPS_PROFESSIONS } from '@/lib/rpps/shared/professions';
import { RPPS_ROLES } from '@/lib/rpps/shared/roles';
import type { SituationInput } from '@/lib/validation/rpps';
import { EstablishmentField, type EstablishmentSource } from './establishment-field';

const PROFESSIONS: SelectOption[] = RPPS_PROFESSIONS.map((profession) => ({ value: profession.code, label: profession.label }));
const ROLES: SelectOption[] = RPPS_ROLES.map((role) => ({ value: role.code, label: role.label }));
const MODES: SelectOption[] = (['EMPLOYEE', 'LIBERAL', 'VOLUNTEER'] as const).map((mode) => ({ value: mode, label: PRACTICE_MODE_LABELS[mode] }));

interface SituationFieldsProps {
  establishments: EstablishmentSource;
  initialEstablishmentLabel?: string;
  /** The practice names (a new registration or pre-registration); an added situation keeps the record's. */
  withNames?: boolean;
  /** The role is the registration authority's choice: the professional's own form does not ask it. */
  withRole?: boolean;
  withEndDate?: boolean;
}

/** Step 3 « Situation d'exercice » (SPEC §8, guide step 4). */
export function SituationFields({ establishments, initialEstablishmentLabel, withNames = true, withRole = true, withEndDate = true }: SituationFieldsProps) {
  const { register, formState } = useFormContext<SituationInput>();
  const errors = formState.errors;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {withNames ? (
        <>
          <TextField
            label="Nom d'exercice*"
            hint="Il s'agit du nom sous lequel le professionnel exerce son activité."
            required
            autoComplete="off"
            error={errors.practiceLastName?.message}
            {...register('practiceLastName')}
          />
          <TextField
            label="Prénom d'exercice*"
            hint="Il s'agit du prénom sous lequel le professionnel exerce son activité."
            required
            autoComplete="off"
            error={errors.practiceFirstName?.message}
            {...register('practiceFirstName')}
          />
        </>
      ) : null}
      <div className="sm:col-span-2">
        <EstablishmentField source={establishments} initialLabel={initialEstablishmentLabel} />
      </div>
      <SelectField
        label="Profession*"
        hint="Indicative : elle ne change pas les droits d'accès."
        options={PROFESSIONS}
        placeholder="Choisissez une profession"
        required
        error={errors.professionCode?.message}
        {...register('professionCode')}
      />
      {withRole ? (
        <SelectField
          label="Rôle*"
          hint="Ce que fait le professionnel dans la structure : il définit ses droits d'accès."
          options={ROLES}
          placeholder="Choisissez un rôle"
          required
          error={errors.role?.message}
          {...register('role')}
        />
      ) : null}
      <SelectField label="Mode d'exercice" options={MODES} placeholder="Non renseigné" error={errors.practiceMode?.message} {...register('practiceMode')} />
      <TextField
        label="Date de prise de fonction*"
        type="date"
        hint="La date inscrite sur le contrat de travail du professionnel."
        required
        error={errors.startDate?.message}
        {...register('startDate')}
      />
      {withEndDate ? (
        <TextField
          label="Date de fin de fonction"
          type="date"
          hint="À compléter lorsque le professionnel quitte l'établissement."
          error={errors.endDate?.message}
          {...register('endDate')}
        />
      ) : null}
    </div>
  );
}
