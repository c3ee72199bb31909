'use client';

import { useEffect, useState } from 'react';
import { useForm, useWatch, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { SubmitArea } from '@/components/forms/submit-area';
import { useActionForm } from '@/components/forms/use-action-form';
import { emptyMission, missionsFormBindings } from '@/components/missions/missions-form-bindings';
import type { ActionResult } from '@/lib/actions/result';
import { accountRequestSchema, type AccountRequestData, type AccountRequestInput } from '@/lib/validation/account-request';
import { EstablishmentFields, usesGidFor } from './establishment-fields';
import { MissionsSection } from './missions-section';
import { RequestConfirmation } from './request-confirmation';
import { RequesterFields } from './requester-fields';

export type SubmitAccountRequest = (input: AccountRequestInput) => Promise<ActionResult<null>>;

function defaultValues(): DefaultValues<AccountRequestInput> {
  return {
    lastName: '',
    firstName: '',
    email: '',
    phone: '',
    identifier: '',
    establishmentName: '',
    address: '',
    postalCode: '',
    city: '',
    noImmediateNeed: false,
    missions: [emptyMission()],
  };
}

/**
 * The account request (SPEC §6.1). Validated as typed with the shared schema; « Valider » stays
 * disabled until everything is valid and shows progress while saving; « Annuler » clears the form. A
 * refusal from the server comes back next to its fields, with everything typed kept.
 */
export function AccountRequestForm({ submit }: { submit: SubmitAccountRequest }) {
  const form = useForm<AccountRequestInput, unknown, AccountRequestData>({
    resolver: zodResolver(accountRequestSchema),
    mode: 'onTouched',
    defaultValues: defaultValues(),
  });
  const { register, control, handleSubmit, reset, trigger, getFieldState, formState } = form;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);

  // The identifier's rule follows the category (FINESS key or GID): a number already typed is checked
  // again when the category switches between the two.
  const usesGid = usesGidFor(useWatch({ control, name: 'category' }));
  useEffect(() => {
    if (getFieldState('identifier').isTouched) void trigger('identifier');
  }, [usesGid, getFieldState, trigger]);

  // The values as typed, not the parsed ones: the server parses them with the same schema.
  const { submit: send, formError, setFormError } = useActionForm(form, (_checked, typed) => submit(typed), {
    fieldErrorsMessage: 'Votre demande n’a pas été enregistrée : corrigez les champs signalés. Vos saisies sont conservées.',
    onSuccess: () => {
      setSentTo(form.getValues().email.trim());
      setDialogOpen(true);
    },
  });

  // « Valider » is disabled while something is wrong, and a disabled button explains nothing: this shows
  // every message at once and focuses the first field to fix.
  const review = handleSubmit(() => undefined);

  function cancel() {
    setFormError(null);
    reset(defaultValues());
  }

  if (sentTo !== null) {
    return <RequestConfirmation email={sentTo} dialogOpen={dialogOpen} onCloseDialog={() => setDialogOpen(false)} />;
  }

  const bindings = { register, control, errors: formState.errors };
  return (
    <form onSubmit={send} noValidate className="space-y-6" aria-describedby="required-fields-note">
      <p id="required-fields-note" className="text-sm">
        Les champs marqués d&apos;un astérisque (*) sont obligatoires.
      </p>
      <RequesterFields {...bindings} />
      <EstablishmentFields {...bindings} />
      <MissionsSection form={bindings} missions={missionsFormBindings(form)} />
      <SubmitArea
        canSubmit={formState.isValid}
        submitting={formState.isSubmitting}
        busyMessage="Enregistrement de votre demande, ne fermez pas cette page…"
        formError={formError}
        onReview={review}
        onCancel={cancel}
      />
    </form>
  );
}
