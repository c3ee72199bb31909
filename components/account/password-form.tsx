'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';
import { PasswordChecklist } from '@/components/auth/password-checklist';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { PASSWORD_MAX_LENGTH } from '@/lib/validation/password';
import { changePasswordSchema, type ChangePasswordInput, type ChangePasswordOutput } from '@/lib/my-account/schemas';
import type { AccountPageActions } from './action-types';

const EMPTY: ChangePasswordInput = { currentPassword: '', password: '', confirmation: '' };

/** The current password, then the new one with the live checklist of the sign-up and reset pages. */
export function PasswordForm({ changePassword }: { changePassword: AccountPageActions['changePassword'] }) {
  const { notice, ref, announce } = useNotice();
  const form = useForm<ChangePasswordInput, unknown, ChangePasswordOutput>({ resolver: zodResolver(changePasswordSchema), mode: 'onTouched', defaultValues: EMPTY });
  const { register, formState, control } = form;
  const password = useWatch({ control, name: 'password' }) ?? '';
  const { submit, formError, pending } = useActionForm(form, (values) => changePassword(values), {
    onSuccess: ({ otherSessionsEnded }) => {
      form.reset(EMPTY);
      const sessions = otherSessionsEnded > 0 ? ' Vos sessions ouvertes sur d’autres appareils ont été fermées.' : '';
      announce({ tone: 'success', message: `Votre mot de passe est modifié.${sessions}` });
    },
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="max-w-md space-y-4">
      <NoticeArea notice={notice} noticeRef={ref} testId="password-notice" />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label="Mot de passe actuel*" type="password" autoComplete="current-password" required maxLength={PASSWORD_MAX_LENGTH} id="password-current" error={formState.errors.currentPassword?.message} {...register('currentPassword')} />
      <TextField
        label="Nouveau mot de passe*"
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        id="password-new"
        error={formState.errors.password?.message}
        hint={<PasswordChecklist password={password} />}
        {...register('password')}
      />
      <TextField label="Confirmation du nouveau mot de passe*" type="password" autoComplete="new-password" required maxLength={PASSWORD_MAX_LENGTH} id="password-confirmation" error={formState.errors.confirmation?.message} {...register('confirmation')} />
      <Button type="submit" busy={pending} disabled={pending}>
        Modifier mon mot de passe
      </Button>
    </form>
  );
}
