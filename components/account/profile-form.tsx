'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { profileSchema, type ProfileInput, type ProfileOutput } from '@/lib/my-account/schemas';
import type { AccountPageActions } from './action-types';

/** Name and phone of an agent or an establishment account (volunteers edit theirs in « Ma fiche »). */
export function ProfileForm({ saved, updateProfile }: { saved: ProfileInput; updateProfile: NonNullable<AccountPageActions['updateProfile']> }) {
  const { notice, ref, announce } = useNotice();
  const form = useForm<ProfileInput, unknown, ProfileOutput>({ resolver: zodResolver(profileSchema), mode: 'onTouched', defaultValues: saved });
  const { register, formState } = form;
  const { submit, formError, pending } = useActionForm(form, (_checked, typed) => updateProfile(typed), {
    onSuccess: (data) => {
      form.reset({ firstName: data.firstName, lastName: data.lastName, phone: data.phone ?? '' });
      announce({ tone: 'success', message: 'Vos coordonnées sont enregistrées.' });
    },
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      <NoticeArea notice={notice} noticeRef={ref} testId="profile-notice" />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Prénom*" autoComplete="given-name" required maxLength={100} id="profile-firstName" error={formState.errors.firstName?.message} {...register('firstName')} />
        <TextField label="Nom*" autoComplete="family-name" required maxLength={100} id="profile-lastName" error={formState.errors.lastName?.message} {...register('lastName')} />
      </div>
      <TextField label="Téléphone" type="tel" autoComplete="tel" inputMode="tel" id="profile-phone" hint="10 chiffres, ou +indicatif." className="max-w-md" error={formState.errors.phone?.message} {...register('phone')} />
      <Button type="submit" busy={pending} disabled={pending}>
        Enregistrer mes coordonnées
      </Button>
    </form>
  );
}
