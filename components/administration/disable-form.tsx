'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import { DISABLE_REASON_MAX, disableAccountSchema, type DisableAccountInput } from '@/lib/accounts/schemas';
import type { AccountActions } from '@/components/administration/action-types';

/** « Désactiver le compte » (SPEC §15): a reason is required; the account's sessions end at once. */
export function DisableForm({ userId, actions, announce }: { userId: string; actions: Pick<AccountActions, 'disable'>; announce: (message: string) => void }) {
  const form = useForm<DisableAccountInput>({ resolver: zodResolver(disableAccountSchema), mode: 'onTouched', defaultValues: { userId, reason: '' } });
  const { submit, formError, pending } = useActionForm(form, (_values, typed) => actions.disable(typed), {
    // The form leaves the page re-rendered by the action (a disabled account has no « Désactiver »).
    onSuccess: (data) => announce(`Le compte ${data.email} est désactivé : ses sessions ouvertes sont fermées et la personne est prévenue par email.`),
  });
  const reason = useWatch({ control: form.control, name: 'reason' }) ?? '';
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-3" aria-labelledby="disable-title">
      <h3 id="disable-title" className="font-bold">
        Désactiver le compte
      </h3>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register('userId')} />
      <TextareaField
        label="Motif de la désactivation*"
        id="disable-reason"
        required
        rows={3}
        maxLength={DISABLE_REASON_MAX}
        counter={{ length: reason.length, max: DISABLE_REASON_MAX }}
        hint="Visible des agents et dans le journal ; il n’est pas envoyé à la personne."
        error={form.formState.errors.reason?.message}
        {...form.register('reason')}
      />
      <Button type="submit" variant="danger" busy={pending} disabled={pending}>
        Désactiver le compte
      </Button>
    </form>
  );
}
