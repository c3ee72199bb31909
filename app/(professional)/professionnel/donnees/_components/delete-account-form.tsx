'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { signOutTo } from '@/lib/auth/client-auth';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import { ACCOUNT_DELETION_WORD, accountDeletionSchema, type AccountDeletionInput } from '@/lib/validation/volunteer-area';

/** Typed confirmation, then deletion; on success the session cookie is cleared and they land on the home page. */
export function DeleteAccountForm({ deleteAccount }: { deleteAccount: (input: AccountDeletionInput) => Promise<ActionResult<null>> }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AccountDeletionInput>({ resolver: zodResolver(accountDeletionSchema), defaultValues: { confirmation: '' } });

  async function onSubmit(values: AccountDeletionInput) {
    setFormError(null);
    const result = await deleteAccount(values).catch(() => null);
    if (result?.ok) {
      setDeleted(true);
      await signOutTo('/');
      return;
    }
    if (result?.fieldErrors?.confirmation) setError('confirmation', { message: result.fieldErrors.confirmation });
    setFormError(result?.formError ?? (result?.fieldErrors ? null : GENERIC_ERROR));
  }

  if (deleted) {
    return <Alert tone="success" title="Compte supprimé">Votre compte et vos fichiers ont été effacés. Vous allez être déconnecté(e).</Alert>;
  }
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label={`Pour confirmer, saisissez ${ACCOUNT_DELETION_WORD}`}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={errors.confirmation?.message}
        {...register('confirmation')}
      />
      <Button type="submit" variant="danger" busy={isSubmitting} disabled={isSubmitting}>
        Supprimer mon compte
      </Button>
    </form>
  );
}
