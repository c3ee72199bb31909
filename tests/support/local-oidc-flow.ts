import { Issuer, generators, type BaseClient } from 'openid-client';

// Drives an authorization code flow against the local OpenID Connect provider the way next-auth v4
// does (openid-client 5: discovery, PKCE S256, state, nonce), with fetch playing the browser: it carries
// the provider's cookies across redirects and stops at the app's callback URL, which is not fetched.

export interface ClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scope: string;
  /** next-auth's default is client_secret_basic. */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
}

export interface PendingFlow {
  client: BaseClient;
  checks: { code_verifier: string; nonce: string; state: string };
  /** The login page reached by following the authorization request's redirects. */
  loginPage: { url: string; html: string };
  browser: Browser;
}

/** `browser` continues in the cookies of an earlier flow, as a second sign-in in one browser does. */
export async function startFlow(settings: ClientSettings, browser = new Browser(settings.redirectUri)): Promise<PendingFlow> {
  const issuer = await Issuer.discover(settings.issuer);
  const client = new issuer.Client({ client_id: settings.clientId, client_secret: settings.clientSecret, redirect_uris: [settings.redirectUri], response_types: ['code'], token_endpoint_auth_method: settings.tokenEndpointAuthMethod ?? 'client_secret_basic' });
  const checks = { code_verifier: generators.codeVerifier(), nonce: generators.nonce(), state: generators.state() };
  const url = client.authorizationUrl({
    scope: settings.scope,
    code_challenge: generators.codeChallenge(checks.code_verifier),
    code_challenge_method: 'S256',
    nonce: checks.nonce,
    state: checks.state,
  });
  const landing = await browser.visit(url);
  if (landing.kind !== 'page') throw new Error(`expected the login page, got a redirect to ${landing.url}`);
  return { client, checks, loginPage: landing, browser };
}

/** Presses a button of the login page (an identity's key, or `cancel`) and returns the callback URL. */
export async function choose(flow: PendingFlow, choice: { identity: string } | 'cancel'): Promise<string> {
  const action = /<form method="post" action="([^"]+)"/.exec(flow.loginPage.html)?.[1];
  if (!action) throw new Error('no form on the login page');
  const form: Record<string, string> = choice === 'cancel' ? { cancel: '1' } : { identity: choice.identity };
  const result = await flow.browser.visit(new URL(decodeHtml(action), flow.loginPage.url).href, { method: 'POST', body: new URLSearchParams(form) });
  if (result.kind !== 'callback') throw new Error(`expected a redirect to the app, got a page at ${result.url}: ${result.html}`);
  return result.url;
}

/** The labels of the login page's identity buttons, in order. */
export function buttonLabels(html: string): string[] {
  return [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map(([, label]) => decodeHtml(label));
}

type Visit = { kind: 'page'; url: string; html: string } | { kind: 'callback'; url: string };

export class Browser {
  readonly #cookies = new Map<string, string>();
  readonly #callbackPrefix: string;

  constructor(redirectUri: string) {
    this.#callbackPrefix = redirectUri;
  }

  async visit(startUrl: string, init: { method: 'POST'; body: URLSearchParams } | undefined = undefined): Promise<Visit> {
    let url = startUrl;
    let request = init;
    for (let hops = 0; hops < 10; hops += 1) {
      if (url.startsWith(this.#callbackPrefix)) return { kind: 'callback', url };
      // One host, one jar: paths are ignored, which only sends the provider a few cookies it skips.
      const response = await fetch(url, { ...request, redirect: 'manual', headers: { cookie: [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ') } });
      for (const line of response.headers.getSetCookie()) this.#store(line);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url).href;
        request = undefined;
        continue;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status} at ${url}: ${await response.text()}`);
      return { kind: 'page', url, html: await response.text() };
    }
    throw new Error('too many redirects');
  }

  #store(setCookie: string) {
    const [pair, ...attributes] = setCookie.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute)) || value === '';
    if (expired) this.#cookies.delete(name);
    else this.#cookies.set(name, value);
  }
}

function decodeHtml(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
}
