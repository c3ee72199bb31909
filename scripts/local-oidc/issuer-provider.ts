import { Provider, type Configuration, type JWK, type KoaContextWithOIDC } from 'oidc-provider';
import type { IssuerDefinition } from './issuers';
import { errorPage } from './pages';

// One oidc-provider instance configured like Pro Santé Connect or ProConnect: one confidential client
// (the app), authorization code with PKCE S256 only, RS256 ID tokens that carry the identity's claims
// (as both services do, so the app can read them from the ID token or from userinfo).

export interface IssuerProviderOptions {
  issuerUrl: string;
  appUrl: string;
  clientId: string;
  clientSecret: string;
  /** The private RSA key (JWK with `kid`) the issuer signs with and publishes the public half of. */
  signingJwk: JWK;
  cookieKeys: string[];
}

export function createIssuerProvider(definition: IssuerDefinition, options: IssuerProviderOptions): Provider {
  const { name } = definition;
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [new URL(definition.callbackPath, options.appUrl).href],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // oidc-provider takes client_secret_post too from a client registered with the basic method.
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    responseTypes: ['code'],
    scopes: Object.keys(definition.claimsByScope),
    claims: definition.claimsByScope,
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    jwks: { keys: [options.signingJwk] },
    findAccount(_ctx, accountId) {
      const claims = definition.claimsOf(accountId);
      if (!claims) return undefined;
      return { accountId, claims: () => ({ ...claims, sub: accountId }) };
    },
    interactions: { url: (_ctx, interaction) => `/${name}/interaction/${interaction.uid}` },
    // Tokens outlive the provider's session, which ends with each sign-in (endSessionAfterSignIn).
    expiresWithSession: () => false,
    // The two issuers share a host (and the app's cookies are per host too): cookie names keep them apart.
    cookies: { names: { session: `${name}_session`, interaction: `${name}_interaction`, resume: `${name}_resume` }, keys: options.cookieKeys },
    features: {
      devInteractions: { enabled: false },
      // Neither the app nor these tests use them; off, they add no English page and no endpoint.
      rpInitiatedLogout: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
    },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage(definition.title, "Le fournisseur d'identité local a refusé la demande.", { ...out });
    },
  };
  const provider = new Provider(options.issuerUrl, configuration);
  provider.use(endSessionAfterSignIn);
  return provider;
}

/**
 * No single sign-on at the local provider: once a sign-in has answered the app, its session is gone, so
 * the next sign-in shows the identity page again and one browser can try every demo identity in turn
 * (switching accounts within a session would go through oidc-provider's English logout confirmation).
 */
async function endSessionAfterSignIn(ctx: KoaContextWithOIDC, next: () => Promise<unknown>) {
  await next();
  if (ctx.oidc?.route === 'resume') await ctx.oidc.session?.destroy();
}
