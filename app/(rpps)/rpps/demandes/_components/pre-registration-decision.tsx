'use client';

import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import {
  REFUSAL_REASON_MAX,
  refusePreRegistrationSchema,
  validatePreRegistrationSchema,
  type RefusePreRegistrationInput,
  type ValidatePreRegistrationInput,
} from '@/lib/validation/rpps';
import { refusePreRegistrationAction, validatePreRegistrationAction } from '../actions';

export const MEETING_CONFIRMATION = "Je confirme que j'ai rencontré le professionnel pour recueillir ses données personnelles et professionnelles*";

/**
 * « Valider » or « Refuser » a pre-registration (guide §4, image 4). Validating requires the meeting
 * tick and the role, which the registration authority assigns; refusing requires a reason, which the
 * professional receives by email.
 */
export function PreRegistrationDecision({ requestId, roles }: { requestId: string; roles: SelectOption[] }) {
  const validate = useForm<ValidatePreRegistrationInput>({
    resolver: zodResolver(validatePreRegistrationSchema),
    mode: 'onTouched',
    defaultValues: { requestId },
  });
  const refuse = useForm<RefusePreRegistrationInput>({
    resolver: zodResolver(refusePreRegistrationSchema),
    mode: 'onTouched',
    defaultValues: { requestId, reason: '' },
  });
  // Decided, the page shows the decision from the database: the action's answer brings it rendered
  // afresh (the action revalidated the area).
  const validating = useActionForm(validate, validatePreRegistrationAction, { onSuccess: () => undefined });
  const refusing = useActionForm(refuse, refusePreRegistrationAction, { onSuccess: () => undefined });
  const error = validating.formError ?? refusing.formError;
  // One message for both forms: sending either clears the other's.
  const onValidate = (event: React.FormEvent) => {
    refusing.setFormError(null);
    void validating.submit(event);
  };
  const onRefuse = (event: React.FormEvent) => {
    validating.setFormError(null);
    void refusing.submit(event);
  };

  const reasonLength = useWatch({ control: refuse.control, name: 'reason' })?.length ?? 0;
  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <form onSubmit={onValidate} noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6" aria-labelledby="validate-title">
          <h2 id="validate-title" className="text-lg font-bold">
            Valider l&apos;enregistrement
          </h2>
          <SelectField
            label="Rôle*"
            options={roles}
            placeholder="Choisissez un rôle"
            required
            error={validate.formState.errors.role?.message}
            {...validate.register('role')}
          />
          <CheckboxField label={MEETING_CONFIRMATION} error={validate.formState.errors.meetingConfirmed?.message} {...validate.register('meetingConfirmed')} />
          <Button type="submit" busy={validate.formState.isSubmitting} disabled={validate.formState.isSubmitting}>
            Valider
          </Button>
        </form>
        <form onSubmit={onRefuse} noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6" aria-labelledby="refuse-title">
          <h2 id="refuse-title" className="text-lg font-bold">
            Refuser l&apos;enregistrement
          </h2>
          <TextareaField
            label="Motif du refus*"
            required
            maxLength={REFUSAL_REASON_MAX}
            counter={{ length: reasonLength, max: REFUSAL_REASON_MAX }}
            error={refuse.formState.errors.reason?.message}
            {...refuse.register('reason')}
          />
          <Button type="submit" variant="danger" busy={refuse.formState.isSubmitting} disabled={refuse.formState.isSubmitting}>
            Refuser
          </Button>
        </form>
      </div>
    </div>
  );
}
