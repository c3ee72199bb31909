import type { Control, FieldErrors, UseFormRegister, UseFormReturn, UseFormWatch } from 'react-hook-form';
import type { ProfessionCode } from '@/lib/reference/professions';
import type { AvailabilityPeriodsInput, ProfessionalRecordInput } from '@/lib/validation/professional';

/**
 * What the shared record fields need from a react-hook-form form whose values include the volunteer's
 * record (the sign-up form, « Ma fiche »). Typed against ProfessionalRecordInput so that both forms can
 * use the same fields.
 */
export interface RecordFormBindings {
  register: UseFormRegister<ProfessionalRecordInput>;
  control: Control<ProfessionalRecordInput>;
  errors: FieldErrors<ProfessionalRecordInput>;
  /**
   * Accepted for callers that pass it; the fields subscribe through `control` (useWatch) instead, so a
   * keystroke re-renders the one field that depends on it, not the whole form.
   */
  watch?: UseFormWatch<ProfessionalRecordInput>;
  /** Fields certified by Pro Santé Connect (SPEC §16): shown read-only, their values set by the form. */
  certified?: CertifiedFields;
}

export interface CertifiedFields {
  /** « Nom* », « Prénom* ». */
  names: boolean;
  /** « Type d'identifiant* » RPPS and its number. */
  identifier: boolean;
  /**
   * « Profession* »: the professions PSC's certified one allows (psc-professions.ts) — one, shown
   * read-only; several (a nurse's specialisations), a list of those only; none, the whole list.
   */
  professions: readonly ProfessionCode[];
}

export const CERTIFIED_HINT = 'Certifié par Pro Santé Connect.';

/**
 * The bindings of a form whose values extend the record (e.g. ProfessionalSignUpInput adds email,
 * periods and consents). react-hook-form's types are invariant in the form values, so a wider form is
 * not assignable as such; the record fields only use names that exist with the same types in every
 * such form, which makes this one cast sound. Call it during render (it reads formState.errors, which
 * subscribes the form to errors).
 */
export function recordFormBindings<Values extends ProfessionalRecordInput, Context, Output>(
  form: Pick<UseFormReturn<Values, Context, Output>, 'register' | 'control' | 'formState' | 'watch'>,
): RecordFormBindings {
  return {
    register: form.register as unknown as RecordFormBindings['register'],
    control: form.control as unknown as RecordFormBindings['control'],
    errors: form.formState.errors as RecordFormBindings['errors'],
    watch: form.watch as unknown as RecordFormBindings['watch'],
  };
}

/** The same for PeriodsFieldset, typed against the `periods` list (AvailabilityPeriodsInput). */
export function periodsFormBindings<Values extends AvailabilityPeriodsInput, Context, Output>(
  form: Pick<UseFormReturn<Values, Context, Output>, 'register' | 'control' | 'formState'>,
): { register: UseFormRegister<AvailabilityPeriodsInput>; control: Control<AvailabilityPeriodsInput>; errors: FieldErrors<AvailabilityPeriodsInput> } {
  return {
    register: form.register as unknown as UseFormRegister<AvailabilityPeriodsInput>,
    control: form.control as unknown as Control<AvailabilityPeriodsInput>,
    errors: form.formState.errors as FieldErrors<AvailabilityPeriodsInput>,
  };
}
