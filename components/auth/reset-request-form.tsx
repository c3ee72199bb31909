'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { resetRequestSchema, type ResetRequestInput } from '@/lib/validation/sign-in';
import { requestPasswordResetAction } from '@/app/(public)/mot-de-passe/actions';

export function ResetRequestForm() {
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ResetRequestInput>({ resolver: zodResolver(resetRequestSchema) });

  async function onSubmit(values: ResetRequestInput) {
    setFormError(null);
    const result = await requestPasswordResetAction(values);
    if (result.ok) setSent(true);
    else setFormError(result.fieldErrors?.email ?? result.formError ?? null);
  }

  if (sent) {
    return (
      <Alert tone="success" title="Demande enregistrée">
        Si un compte existe avec cette adresse, un email contenant un lien de réinitialisation vient de lui
        être envoyé. Le lien est valable 72 heures. Pensez à vérifier vos courriers indésirables.
      </Alert>
    );
  }
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label="Email" type="email" autoComplete="email" required error={errors.email?.message} {...register('email')} />
      <Button type="submit" busy={isSubmitting} disabled={isSubmitting} className="w-full">
        Réinitialiser le mot de passe
      </Button>
    </form>
  );
}
