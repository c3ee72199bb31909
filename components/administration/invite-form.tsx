'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { inviteAccountSchema, type InviteAccountData, type InviteAccountInput } from '@/lib/accounts/schemas';
import type { InviteActions } from '@/components/administration/action-types';
import { invitableRoleOptions, REGION_OPTIONS } from '@/components/administration/labels';
import { Panel } from '@/components/ui/panel';

const EMPTY: InviteAccountInput = { role: 'RPPS_MANAGER', email: '', firstName: '', lastName: '', phone: '', regionCode: '', finess: '' };

/**
 * « Inviter un agent » (SPEC §15): the account is created without a password and the person gets
 * « Votre compte Renfort RH Crise a été créé » with a 72 h link. A refusal (address in use, FINESS
 * outside the scope) shows next to its field and keeps everything typed.
 */
export function InviteForm({ area, actions }: { area: 'ARS' | 'CCS'; actions: InviteActions }) {
  const [sent, setSent] = useState<string | null>(null);
  const roleOptions = invitableRoleOptions(area);
  const form = useForm<InviteAccountInput, unknown, InviteAccountData>({
    resolver: zodResolver(inviteAccountSchema),
    mode: 'onTouched',
    defaultValues: { ...EMPTY, role: roleOptions[0]!.value as InviteAccountInput['role'] },
  });
  const { register, formState, reset, control } = form;
  const role = useWatch({ control, name: 'role' });
  const { submit, formError, pending } = useActionForm(form, (_values, typed) => actions.invite(typed), {
    fieldErrorsMessage: 'L’invitation n’a pas été envoyée : corrigez les champs signalés.',
    onSuccess: (data) => {
      setSent(data.email);
      reset({ ...EMPTY, role });
    },
  });
  const errors = formState.errors;

  return (
    <Panel id="invite" title="Inviter un agent">
      {sent ? (
        <Alert tone="success" title="Invitation envoyée">
          {sent} a reçu un lien d’activation valable 72 heures.
        </Alert>
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <form onSubmit={(event) => void submit(event)} noValidate className="grid gap-4 sm:grid-cols-2" onChange={() => setSent(null)}>
        <SelectField label="Type de compte*" id="invite-role" required options={roleOptions} error={errors.role?.message} {...register('role')} />
        <TextField label="Courriel*" id="invite-email" type="email" autoComplete="off" required error={errors.email?.message} {...register('email')} />
        <TextField label="Prénom*" id="invite-firstName" required error={errors.firstName?.message} {...register('firstName')} />
        <TextField label="Nom*" id="invite-lastName" required error={errors.lastName?.message} {...register('lastName')} />
        <TextField label="Téléphone" id="invite-phone" type="tel" error={errors.phone?.message} {...register('phone')} />
        {role === 'ARS' ? (
          <SelectField label="Région*" id="invite-regionCode" required placeholder="Choisissez une région" options={REGION_OPTIONS} error={errors.regionCode?.message} {...register('regionCode')} />
        ) : null}
        {role === 'RPPS_MANAGER' ? (
          <TextareaField
            label="N° FINESS des établissements*"
            id="invite-finess"
            required
            rows={2}
            hint={area === 'ARS' ? 'Un ou plusieurs numéros FINESS géographiques d’établissements de votre région, séparés par des virgules.' : 'Un ou plusieurs numéros FINESS géographiques, séparés par des virgules.'}
            error={errors.finess?.message}
            {...register('finess')}
          />
        ) : null}
        <div className="sm:col-span-2">
          <Button type="submit" busy={pending} disabled={pending}>
            Envoyer l’invitation
          </Button>
        </div>
      </form>
    </Panel>
  );
}
