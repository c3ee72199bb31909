import 'server-only';
import { env } from '@/lib/env';
import type { IdentityProvider } from '@/lib/generated/prisma/enums';

// Which identity providers this deployment offers (SPEC §16): a provider is on when its issuer, client id
// and secret are all set; otherwise its button is hidden and nothing reaches it.

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** next-auth's provider ids: they are part of the callback URLs registered with each service. */
export const NEXT_AUTH_PROVIDER_IDS = { PRO_SANTE_CONNECT: 'pro-sante-connect', PROCONNECT: 'proconnect' } as const satisfies Record<IdentityProvider, string>;

export type FederationProviderId = (typeof NEXT_AUTH_PROVIDER_IDS)[IdentityProvider];

export function identityProviderOf(nextAuthId: string | undefined): IdentityProvider | null {
  if (nextAuthId === NEXT_AUTH_PROVIDER_IDS.PRO_SANTE_CONNECT) return 'PRO_SANTE_CONNECT';
  if (nextAuthId === NEXT_AUTH_PROVIDER_IDS.PROCONNECT) return 'PROCONNECT';
  return null;
}

export function pscSettings(): ProviderSettings | null {
  const { PSC_ISSUER, PSC_CLIENT_ID, PSC_CLIENT_SECRET } = env();
  return PSC_ISSUER && PSC_CLIENT_ID && PSC_CLIENT_SECRET ? { issuer: PSC_ISSUER, clientId: PSC_CLIENT_ID, clientSecret: PSC_CLIENT_SECRET } : null;
}

export function proConnectSettings(): ProviderSettings | null {
  const { PROCONNECT_ISSUER, PROCONNECT_CLIENT_ID, PROCONNECT_CLIENT_SECRET } = env();
  return PROCONNECT_ISSUER && PROCONNECT_CLIENT_ID && PROCONNECT_CLIENT_SECRET
    ? { issuer: PROCONNECT_ISSUER, clientId: PROCONNECT_CLIENT_ID, clientSecret: PROCONNECT_CLIENT_SECRET }
    : null;
}

export function isProviderEnabled(provider: IdentityProvider): boolean {
  return (provider === 'PRO_SANTE_CONNECT' ? pscSettings() : proConnectSettings()) !== null;
}

/** The buttons of the sign-in page, in the order shown. */
export function enabledProviders(): { id: FederationProviderId; provider: IdentityProvider }[] {
  return (['PRO_SANTE_CONNECT', 'PROCONNECT'] as const)
    .filter(isProviderEnabled)
    .map((provider) => ({ id: NEXT_AUTH_PROVIDER_IDS[provider], provider }));
}
