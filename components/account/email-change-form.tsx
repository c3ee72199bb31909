'use client';

import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { emailChangeSchema, type EmailChangeInput, type EmailChangeOutput } from '@/lib/my-account/schemas';
import type { AccountPageActions } from './action-types';

/**
 * The new address and the current password. Until the link sent to the new address is followed, the
 * account keeps its email: the form says which address is waiting, and a new request replaces it.
 */
export function EmailChangeForm({ email, pendingEmail, requestEmailChange }: { email: string; pendingEmail: string | null; requestEmailChange: AccountPageActions['requestEmailChange'] }) {
  const [waiting, setWaiting] = useState(pendingEmail);
  const [sent, setSent] = useState(false);
  const form = useForm<EmailChangeInput, unknown, EmailChangeOutput>({ resolver: zodResolver(emailChangeSchema), mode: 'onTouched', defaultValues: { email: '', currentPassword: '' } });
  const { register, formState } = form;
  const { submit, formError, pending } = useActionForm(form, (values) => requestEmailChange(values), {
    onSuccess: (data) => {
      setWaiting(data.pendingEmail);
      setSent(true);
      form.reset({ email: '', currentPassword: '' });
    },
  });
  return (
    <div className="space-y-4">
      <p>
        Adresse actuelle, qui est aussi votre identifiant de connexion : <strong>{email}</strong>
      </p>
      {waiting ? (
        <Alert tone={sent ? 'success' : 'info'} title={sent ? 'Lien de confirmation envoyé' : 'Changement en attente'}>
          Un message a été envoyé à <strong>{waiting}</strong> : suivez le lien de confirmation qu’il contient dans les 72 heures pour que
          cette adresse remplace l’actuelle. Votre adresse actuelle a été prévenue de la demande.
        </Alert>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate className="max-w-md space-y-4">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <TextField label="Nouvelle adresse email*" type="email" autoComplete="email" required maxLength={254} id="email-new" error={formState.errors.email?.message} {...register('email')} />
        <TextField label="Mot de passe actuel*" type="password" autoComplete="current-password" required maxLength={128} id="email-password" error={formState.errors.currentPassword?.message} {...register('currentPassword')} />
        <Button type="submit" busy={pending} disabled={pending}>
          Recevoir le lien de confirmation
        </Button>
      </form>
    </div>
  );
}
