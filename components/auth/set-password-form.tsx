'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { PasswordChecklist } from '@/components/auth/password-checklist';
import { setPasswordSchema, type SetPasswordInput } from '@/lib/validation/password';
import { setPasswordAction } from '@/app/(public)/mot-de-passe/actions';

export function SetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPasswordInput>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { token, password: '', confirmation: '' },
    mode: 'onTouched',
  });
  const password = useWatch({ control, name: 'password' }) ?? '';

  async function onSubmit(values: SetPasswordInput) {
    setFormError(null);
    const result = await setPasswordAction(values);
    if (result.ok) {
      router.push('/connexion?motDePasse=enregistre');
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      if (field === 'password' || field === 'confirmation') setError(field, { message });
    }
    setFormError(result.formError ?? null);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...register('token')} />
      <TextField
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        error={errors.password?.message}
        hint={<PasswordChecklist password={password} />}
        {...register('password')}
      />
      <TextField
        label="Confirmation du nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        error={errors.confirmation?.message}
        {...register('confirmation')}
      />
      <Button type="submit" busy={isSubmitting} disabled={isSubmitting} className="w-full">
        Enregistrer le mot de passe
      </Button>
    </form>
  );
}
