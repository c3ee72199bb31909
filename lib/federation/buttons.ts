import 'server-only';
import { enabledProviders, NEXT_AUTH_PROVIDER_IDS } from '@/lib/federation/config';
import { PROVIDER_LABELS } from '@/lib/federation/messages';
import { env } from '@/lib/env';
import type { FederationButton } from '@/components/auth/federated-sign-in';

const AUDIENCES = {
  PRO_SANTE_CONNECT: 'Professionnels de santé et gestionnaires RPPS+ : carte CPS ou application e-CPS.',
} as const;

function audience(provider: 'PRO_SANTE_CONNECT' | 'PROCONNECT'): string {
  if (provider === 'PRO_SANTE_CONNECT') return AUDIENCES.PRO_SANTE_CONNECT;
  return env().PROCONNECT_ESTABLISHMENTS
    ? 'Agents des ARS, du centre de crise sanitaire et des établissements.'
    : 'Agents des ARS et du centre de crise sanitaire.';
}

/** The sign-in page's buttons: none when no provider is configured. */
export function federationButtons(): FederationButton[] {
  return enabledProviders().map(({ id, provider }) => ({ id, label: PROVIDER_LABELS[provider], audience: audience(provider) }));
}

/** « Se connecter avec Pro Santé Connect » alone (« Mon enregistrement RPPS »), or null when not configured. */
export function pscButton(): FederationButton | null {
  return federationButtons().find((button) => button.id === NEXT_AUTH_PROVIDER_IDS.PRO_SANTE_CONNECT) ?? null;
}
