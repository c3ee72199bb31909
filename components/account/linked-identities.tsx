'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import type { LinkedIdentities } from '@/lib/federation/linked-identities';
import type { AccountPageActions } from './action-types';

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

/**
 * « Identités liées » (SPEC §16): Pro Santé Connect or ProConnect identities the account signs in with.
 * « Délier » is offered only when another way to sign in remains (lib/federation/linked-identities.ts
 * says why not otherwise); the server decides again.
 */
export function LinkedIdentitiesSection({ federation, unlinkIdentity }: { federation: LinkedIdentities; unlinkIdentity: AccountPageActions['unlinkIdentity'] }) {
  const [pending, setPending] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function unlink(provider: 'PRO_SANTE_CONNECT' | 'PROCONNECT', label: string) {
    setPending(provider);
    setMessage(null);
    const result = await unlinkIdentity({ provider }).catch((): ActionResult<never> => ({ ok: false, formError: GENERIC_ERROR }));
    setPending(null);
    setMessage(result.ok ? { tone: 'success', text: `Identité ${label} déliée de votre compte.` } : { tone: 'error', text: result.formError ?? GENERIC_ERROR });
  }

  return (
    <div className="space-y-3">
      <div role="status" aria-live="polite">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      {federation.identities.length === 0 ? <p>Aucune identité liée à votre compte.</p> : null}
      <ul className="space-y-3">
        {federation.identities.map((identity) => (
          <li key={identity.provider} className="space-y-2 rounded border border-gray-200 p-3">
            <p className="font-medium">{identity.label}</p>
            <p className="text-sm">
              Liée le {DATE.format(new Date(identity.linkedAt))}
              {identity.rppsNumber ? ` · RPPS ${identity.rppsNumber}` : ''}
              {identity.lastUsedAt ? ` · dernière connexion le ${DATE.format(new Date(identity.lastUsedAt))}` : ''}
            </p>
            {identity.keptBecause ? (
              <p className="text-sm text-muted">{identity.keptBecause}</p>
            ) : (
              <Button
                type="button"
                variant="secondary"
                busy={pending === identity.provider}
                disabled={pending !== null}
                onClick={() => void unlink(identity.provider, identity.label)}
                aria-label={`Délier ${identity.label}`}
              >
                Délier
              </Button>
            )}
          </li>
        ))}
      </ul>
      {federation.linkable.length > 0 ? (
        <p className="text-sm">
          Pour lier {federation.linkable.map((provider) => provider.label).join(' ou ')} à ce compte, déconnectez-vous puis choisissez « Se connecter avec{' '}
          {federation.linkable[0]!.label} » sur la page de connexion. Si votre identité ne porte pas l’adresse de ce compte, la page suivante vous
          proposera de le lier avec son adresse et son mot de passe.
        </p>
      ) : null}
    </div>
  );
}
