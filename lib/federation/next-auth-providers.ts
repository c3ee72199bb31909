import 'server-only';
import type { User } from 'next-auth';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import type { TokenSet } from 'openid-client';
import { env } from '@/lib/env';
import { NEXT_AUTH_PROVIDER_IDS, proConnectSettings, pscSettings, type ProviderSettings } from '@/lib/federation/config';
import { PROVIDER_LABELS } from '@/lib/federation/messages';

// Pro Santé Connect and ProConnect as next-auth OpenID Connect providers (SPEC §16, decision 038):
// authorization code with PKCE, `state` and `nonce` checked, the ID token's signature, issuer, audience
// and expiry verified by openid-client against the provider's published keys. The claims are the ID
// token's merged with userinfo's (where both services put the identity); next-auth's user is only the
// provider's subject — lib/auth/options.ts maps it to one of our accounts.

type Claims = Record<string, unknown>;

/** Slower than this, the provider counts as down: the sign-in page says so instead of hanging. */
const REQUEST_TIMEOUT_MS = 5_000;

function oidcProvider(id: string, name: string, settings: ProviderSettings, scope: string, extra: Partial<OAuthConfig<Claims>> = {}): OAuthConfig<Claims> {
  return {
    id,
    name,
    type: 'oauth',
    wellKnown: `${settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    idToken: true,
    checks: ['pkce', 'state', 'nonce'],
    httpOptions: { timeout: REQUEST_TIMEOUT_MS },
    authorization: { params: { scope } },
    userinfo: {
      async request({ client, tokens }) {
        // next-auth types the tokens loosely; at run time they are openid-client's verified TokenSet.
        const tokenSet = tokens as TokenSet;
        const fromUserinfo = (await client.userinfo(tokenSet)) as Claims;
        return { ...(tokenSet.claims() as Claims), ...fromUserinfo };
      },
    },
    profile(claims) {
      // Only the subject: the jwt callback (lib/auth/options.ts) replaces this user with the linked
      // account's id, role and session version before anything reads them.
      return { id: String(claims.sub) } as User;
    },
    ...extra,
  };
}

export function federationProviders(): OAuthConfig<Claims>[] {
  const providers: OAuthConfig<Claims>[] = [];
  const psc = pscSettings();
  if (psc) {
    const acr = env().PSC_ACR_VALUES;
    providers.push(
      oidcProvider(NEXT_AUTH_PROVIDER_IDS.PRO_SANTE_CONNECT, PROVIDER_LABELS.PRO_SANTE_CONNECT, psc, 'openid scope_all', {
        authorization: { params: { scope: 'openid scope_all', ...(acr ? { acr_values: acr } : {}) } },
      }),
    );
  }
  const proConnect = proConnectSettings();
  if (proConnect) {
    const signedAlg = env().PROCONNECT_USERINFO_SIGNED_ALG;
    providers.push(
      oidcProvider(NEXT_AUTH_PROVIDER_IDS.PROCONNECT, PROVIDER_LABELS.PROCONNECT, proConnect, 'openid email given_name usual_name uid siret idp_id', {
        ...(signedAlg ? { client: { userinfo_signed_response_alg: signedAlg } } : {}),
      }),
    );
  }
  return providers;
}
