'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { signInWithProvider } from '@/lib/auth/client-auth';

export interface FederationButton {
  /** next-auth's provider id. */
  id: string;
  label: string;
  /** Who it is for, under the button. */
  audience: string;
}

/**
 * « Se connecter avec Pro Santé Connect » / « … ProConnect » (SPEC §16): only the providers this
 * deployment configured are given. The click goes to the provider; its answer comes back to next-auth.
 */
export function FederatedSignIn({ providers, callbackUrl }: { providers: FederationButton[]; callbackUrl: string | null }) {
  const [pending, setPending] = useState<string | null>(null);
  if (providers.length === 0) return null;
  async function start(id: string) {
    setPending(id);
    // Without a page to return to, the sign-in page sends a signed-in account to its area's home.
    await signInWithProvider(id, callbackUrl ?? '/connexion');
  }
  return (
    <section aria-labelledby="federation-title" className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
      <h2 id="federation-title" className="font-bold">
        Avec votre identité professionnelle
      </h2>
      {providers.map((provider) => (
        <div key={provider.id} className="space-y-1">
          <Button type="button" variant="secondary" className="w-full" busy={pending === provider.id} disabled={pending !== null} onClick={() => void start(provider.id)}>
            Se connecter avec {provider.label}
          </Button>
          <p className="text-sm text-muted">{provider.audience}</p>
        </div>
      ))}
    </section>
  );
}
