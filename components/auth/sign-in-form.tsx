'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { TextField } from '@/components/ui/text-field';
import { SchemaDownloadAlert } from '@/components/forms/schema-download-alert';
import { useDeferredResolver } from '@/components/forms/use-deferred-resolver';
import { ROLE_HOME } from '@/lib/access/roles';
import type { Role } from '@/lib/generated/prisma/enums';
import type { SignInInput } from '@/lib/validation/sign-in';
import { signInErrorMessage } from '@/lib/auth/sign-in-messages';
import { fetchSessionRole, signInWithCredentials } from '@/lib/auth/client-auth';

export interface SignInFormProps {
  callbackUrl: string | null;
  passwordJustSet: boolean;
  supportEmail?: string;
  /**
   * The password confirmed once to link a Pro Santé Connect identity (SPEC §16): to the account PSC's
   * email named (read-only), or, with `email: null`, to the account the person names.
   */
  linking?: { email: string | null; federationToken: string };
}

// The schema comes with the first interaction (docs/decisions/041): zod and the resolver are no part of the
// page's first scripts, the first page many volunteers open on a phone.
const loadSignInSchema = () => import('@/lib/validation/sign-in').then((module) => module.signInSchema);

export function SignInForm({ callbackUrl, passwordJustSet, supportEmail, linking }: SignInFormProps) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const deferredSchema = useDeferredResolver<SignInInput, unknown, SignInInput>(loadSignInSchema);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput, unknown, SignInInput>({ resolver: deferredSchema.resolver, defaultValues: { remember: false, email: linking?.email ?? '' } });

  async function onSubmit(values: SignInInput) {
    setFormError(null);
    const result = await signInWithCredentials({
      email: values.email,
      password: values.password,
      remember: Boolean(values.remember),
      federationToken: linking?.federationToken,
    });
    if (result.error) {
      setFormError(signInErrorMessage(result.error, supportEmail));
      return;
    }
    const role = await fetchSessionRole();
    router.replace(callbackUrl ?? (role ? (ROLE_HOME[role as Role] ?? '/') : '/'));
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} {...deferredSchema.startOn} noValidate className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
      {passwordJustSet ? (
        <Alert tone="success" title="Mot de passe enregistré">
          Vous pouvez maintenant vous connecter.
        </Alert>
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label="Email de l'utilisateur"
        type="email"
        autoComplete="username"
        required
        readOnly={Boolean(linking?.email)}
        error={errors.email?.message}
        {...register('email')}
      />
      <TextField
        label="Mot de passe"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password?.message}
        {...register('password')}
      />
      <CheckboxField label="Garder la session ouverte" {...register('remember')} />
      <SchemaDownloadAlert unavailable={deferredSchema.unavailable} />
      <Button type="submit" busy={isSubmitting} disabled={isSubmitting} className="w-full">
        {linking ? 'Confirmer et lier' : 'Connexion'}
      </Button>
      <p className="text-sm">
        <Link href="/mot-de-passe/oubli" className="text-brand underline">
          Avez-vous oublié votre mot de passe ou perdu/non reçu le lien d&apos;activation ?
        </Link>
      </p>
    </form>
  );
}
