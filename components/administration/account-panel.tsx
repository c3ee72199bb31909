'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import type { AccountActions } from '@/components/administration/action-types';
import { AccountActionButton } from '@/components/administration/account-buttons';
import { AttachForm } from '@/components/administration/attach-form';
import { DisableForm } from '@/components/administration/disable-form';

export interface AccountPanelProps {
  userId: string;
  may: { resend: boolean; disable: boolean; reactivate: boolean; establishments: boolean };
  establishments: { id: string; name: string }[];
  actions: AccountActions;
}

/** What an agent may do on an account (SPEC §15); lib/accounts checks each act again. */
export function AccountPanel({ userId, may, establishments, actions }: AccountPanelProps) {
  // Kept here, above the acts: the action re-renders the page, and the act's own button may be gone.
  const [notice, announce] = useState<string | null>(null);
  return (
    <div className="space-y-6">
      <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
      {may.resend ? (
        <AccountActionButton label="Renvoyer l’invitation" run={() => actions.resend({ userId })} success={(data) => `Un nouveau lien d’activation a été envoyé à ${data.email} ; les précédents ne fonctionnent plus.`} announce={announce} />
      ) : null}
      {may.reactivate ? (
        <AccountActionButton label="Réactiver le compte" variant="primary" run={() => actions.reactivate({ userId })} success={(data) => `Le compte ${data.email} est réactivé ; la personne est prévenue par email.`} announce={announce} />
      ) : null}
      {may.establishments ? (
        <section aria-labelledby="establishments-acts" className="space-y-4">
          <h3 id="establishments-acts" className="sr-only">
            Établissements du compte
          </h3>
          <ul className="space-y-3">
            {establishments.map((establishment) => (
              <li key={establishment.id} className="flex flex-wrap items-start gap-3">
                <span className="py-2">{establishment.name}</span>
                <AccountActionButton
                  label={`Détacher de ${establishment.name}`}
                  run={() => actions.detach({ userId, establishmentId: establishment.id })}
                  success={(data) => `Compte détaché de ${data.establishmentName}.`}
                  announce={announce}
                />
              </li>
            ))}
          </ul>
          <AttachForm userId={userId} actions={actions} />
        </section>
      ) : null}
      {may.disable ? <DisableForm userId={userId} actions={actions} announce={announce} /> : null}
    </div>
  );
}
