'use client';

import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { FormSection } from '@/components/professional/form-section';
import { LocationFields } from '@/components/professional/location-fields';
import { ProfessionFields } from '@/components/professional/profession-fields';
import { CERTIFIED_HINT, type RecordFormBindings } from '@/components/professional/record-form-bindings';
import { COMMENT_MAX_LENGTH } from '@/lib/validation/professional-limits';
import { MOBILISATION_CODES, MOBILISATION_LABELS } from '@/lib/reference/mobilisation';

export { recordFormBindings, type RecordFormBindings } from '@/components/professional/record-form-bindings';

const MOBILISATION_OPTIONS = MOBILISATION_CODES.map((code) => ({ value: code, label: MOBILISATION_LABELS[code] }));

export interface RecordFieldsSlots {
  /** After « Prénom* » (the sign-up form puts « Courriel* » there; « Ma fiche » shows it read-only). */
  contact?: ReactNode;
  /** First in « Vos disponibilités »: the periods (PeriodsFieldset). */
  availability?: ReactNode;
  /** Between availability and the comment: « Pièce d'identité » and « Diplôme ». */
  documents?: ReactNode;
}

export interface RecordFieldsProps extends RecordFormBindings {
  slots?: RecordFieldsSlots;
}

/**
 * The volunteer's record (SPEC §5.1), shared by the sign-up form and « Ma fiche » (§5.2): every field
 * but the email, the periods, the files and the consents, which each form places through `slots`.
 * Labels are the SPEC's, `*` included (SPEC §13); the form says once what `*` means.
 */
export function RecordFields({ slots = {}, ...form }: RecordFieldsProps) {
  const { register, errors } = form;
  const namesCertified = form.certified?.names ?? false;
  const certifiedHint = namesCertified ? CERTIFIED_HINT : undefined;
  return (
    <>
      <FormSection id="coordonnees" title="Vos coordonnées">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Nom*" autoComplete="family-name" required readOnly={namesCertified} hint={certifiedHint} error={errors.lastName?.message} {...register('lastName')} />
          <TextField label="Prénom*" autoComplete="given-name" required readOnly={namesCertified} hint={certifiedHint} error={errors.firstName?.message} {...register('firstName')} />
        </div>
        {slots.contact}
        <TextField label="Téléphone*" type="tel" autoComplete="tel" inputMode="tel" required error={errors.phone?.message} {...register('phone')} />
        <LocationFields {...form} />
      </FormSection>

      <FormSection id="profession" title="Votre profession">
        <ProfessionFields {...form} />
      </FormSection>

      <FormSection id="experience" title="Votre expérience">
        <p className="text-sm text-muted">Cochez ce qui s&apos;applique à vous.</p>
        <CheckboxField label="Véhicule personnel" {...register('hasVehicle')} />
        <CheckboxField label="Expérience en EHPAD" {...register('ehpadExperience')} />
        <CheckboxField label="Expérience en réanimation" {...register('icuExperience')} />
        <CheckboxField label="Expérience en vaccination" {...register('vaccinationExperience')} />
      </FormSection>

      <FormSection id="disponibilites" title="Vos disponibilités">
        {slots.availability}
        <AvailabilityDays {...form} />
        <RadioGroupField
          legend="Mobilisation*"
          options={MOBILISATION_OPTIONS}
          required
          hint="Jusqu'où vous acceptez d'aller. Nationale : prêter main-forte là où le besoin est le plus critique, au-delà de votre région."
          error={errors.mobilisation?.message}
          {...register('mobilisation')}
        />
      </FormSection>

      {slots.documents}

      <FormSection id="complements" title="Informations complémentaires">
        <CommentField {...form} />
      </FormSection>
    </>
  );
}

/** « Disponible en semaine » / « Disponible le week-end »: at least one (the schema's rule). */
function AvailabilityDays({ register, errors }: RecordFormBindings) {
  const error = errors.availableWeekends?.message ?? errors.availableWeekdays?.message;
  return (
    <fieldset className="space-y-2" aria-describedby={error ? 'available-days-error' : undefined}>
      <legend className="mb-1 font-medium">Jours de disponibilité* (au moins un)</legend>
      <CheckboxField label="Disponible en semaine" {...register('availableWeekdays')} />
      <CheckboxField label="Disponible le week-end" {...register('availableWeekends')} />
      {error ? (
        <p id="available-days-error" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function CommentField({ register, control, errors }: RecordFormBindings) {
  const comment = useWatch({ control, name: 'comment' }) ?? '';
  return (
    <TextareaField
      label="Commentaire"
      maxLength={COMMENT_MAX_LENGTH}
      counter={{ length: comment.length, max: COMMENT_MAX_LENGTH }}
      hint="Expérience, mobilité, disponibilités : tout ce qui aide à vous proposer la bonne mission."
      error={errors.comment?.message}
      {...register('comment')}
    />
  );
}
