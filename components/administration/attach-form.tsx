'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { attachEstablishmentSchema, type AttachEstablishmentInput } from '@/lib/accounts/schemas';
import type { AccountActions } from '@/components/administration/action-types';

/** « Rattacher à un établissement » (SPEC §15): by FINESS, within the agent's scope. */
export function AttachForm({ userId, actions }: { userId: string; actions: Pick<AccountActions, 'attach'> }) {
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<AttachEstablishmentInput>({ resolver: zodResolver(attachEstablishmentSchema), mode: 'onTouched', defaultValues: { userId, finess: '' } });
  const { submit, formError, pending } = useActionForm(form, (_values, typed) => actions.attach(typed), {
    onSuccess: (data) => {
      setDone(`Compte rattaché à ${data.establishmentName}.`);
      form.reset({ userId, finess: '' });
    },
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-3" aria-labelledby="attach-title">
      <h3 id="attach-title" className="font-bold">
        Rattacher à un autre établissement
      </h3>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register('userId')} />
      <TextField label="N° FINESS géographique*" id="attach-finess" required inputMode="numeric" className="max-w-xs" error={form.formState.errors.finess?.message} {...form.register('finess')} />
      <Button type="submit" busy={pending} disabled={pending}>
        Rattacher
      </Button>
    </form>
  );
}
