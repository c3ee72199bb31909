// Signing in and out from the browser without `next-auth/react` (~40 KB of script on every page, for a
// button and a form): the same requests as next-auth's client — its CSRF token, then a POST to its
// credentials callback or to its sign-out endpoint. The server side is next-auth's, unchanged
// (lib/auth/options.ts). docs/decisions/035-light-volunteer-pages.md.

export const AUTH_BASE = '/api/auth';
export const SIGN_OUT_ENDPOINT = `${AUTH_BASE}/signout`;

type Navigate = (url: string) => void;
const assignLocation: Navigate = (url) => window.location.assign(url);

/** next-auth's CSRF token for this browser (its answer also sets the cookie the token is checked against). */
export async function fetchCsrfToken(): Promise<string> {
  const response = await fetch(`${AUTH_BASE}/csrf`, { cache: 'no-store' });
  const body = (await response.json()) as { csrfToken?: unknown };
  if (typeof body.csrfToken !== 'string') throw new Error('no CSRF token');
  return body.csrfToken;
}

function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, json: 'true' }),
  });
}

async function answeredUrl(response: Response): Promise<string | null> {
  const body = (await response.json().catch(() => null)) as { url?: unknown } | null;
  return typeof body?.url === 'string' ? body.url : null;
}

/**
 * What next-auth's `signOut({ callbackUrl })` does: POST the token to the sign-out endpoint (the session
 * row is deleted, the cookie cleared), then load the page next-auth answers — the callback URL, checked
 * by its redirect callback — as a full navigation.
 */
export async function signOutTo(callbackUrl: string, navigate: Navigate = assignLocation): Promise<void> {
  const csrfToken = await fetchCsrfToken();
  const response = await postForm(SIGN_OUT_ENDPOINT, { csrfToken, callbackUrl });
  navigate((await answeredUrl(response)) ?? callbackUrl);
}

export interface CredentialsSignIn {
  email: string;
  password: string;
  remember: boolean;
  /** The Pro Santé Connect identity waiting for this password to be linked (lib/federation/intents.ts). */
  federationToken?: string;
}

/**
 * What next-auth's `signIn('credentials', { redirect: false, … })` does: POST the credentials with the
 * CSRF token to the credentials callback; next-auth sets the session cookie, or answers a URL carrying
 * `?error=<code>` (a wrong password, a locked or inactive account…: lib/auth/sign-in-messages.ts).
 */
export async function signInWithCredentials(credentials: CredentialsSignIn): Promise<{ error: string | null }> {
  const csrfToken = await fetchCsrfToken();
  const response = await postForm(`${AUTH_BASE}/callback/credentials`, {
    email: credentials.email,
    password: credentials.password,
    remember: String(credentials.remember),
    ...(credentials.federationToken ? { federationToken: credentials.federationToken } : {}),
    csrfToken,
    callbackUrl: window.location.href,
  });
  const url = await answeredUrl(response);
  return { error: url ? new URL(url, window.location.href).searchParams.get('error') : null };
}

/** The role of the session just opened (`/api/auth/session`), null when there is none. */
export async function fetchSessionRole(): Promise<string | null> {
  const response = await fetch(`${AUTH_BASE}/session`, { cache: 'no-store' });
  const session = (await response.json().catch(() => null)) as { user?: { role?: unknown } } | null;
  return typeof session?.user?.role === 'string' ? session.user.role : null;
}

/**
 * What next-auth's `signIn(providerId, { callbackUrl })` does for an OpenID Connect provider: POST the
 * CSRF token to its sign-in endpoint, which answers the provider's authorization URL (with PKCE, state
 * and nonce kept in cookies), then go there as a full navigation.
 */
export async function signInWithProvider(providerId: string, callbackUrl: string, navigate: Navigate = assignLocation): Promise<void> {
  const unavailable = '/connexion?error=OAuthSignin';
  try {
    const csrfToken = await fetchCsrfToken();
    const response = await postForm(`${AUTH_BASE}/signin/${encodeURIComponent(providerId)}`, { csrfToken, callbackUrl });
    navigate((await answeredUrl(response)) ?? unavailable);
  } catch {
    // Our own server unreachable: the sign-in page says the service does not answer.
    navigate(unavailable);
  }
}
