import type { IncomingMessage, ServerResponse } from 'node:http';
import { SignJWT, decodeJwt, decodeProtectedHeader, type CryptoKey } from 'jose';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { readBody, sendJson } from './http';
import { ONE_SHOT_FAULTS, isFaultKind, type FaultKind } from './fault-control';

// Fault injection for the tests (only when started with `faults: true`): the identity provider down,
// too slow, or handing out an ID token that the app must refuse. The real provider still answers every
// request; a token fault only rewrites the ID token of its response, then resets itself to `none`.

export { setLocalOidcFault, getLocalOidcFault, FAULT_KINDS, type FaultKind } from './fault-control';

/**
 * Longer than any client's patience: openid-client's default request timeout (3.5 s, its
 * lib/helpers/request.js), which next-auth v4 uses unless a provider sets `httpOptions.timeout`.
 */
export const SLOW_DELAY_MS = 15_000;
const MAX_CONTROL_BYTES = 1_000;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export class FaultInjector {
  #kind: FaultKind = 'none';
  readonly #strangerKey: CryptoKey;
  readonly #pending = new Set<() => void>();

  /** `strangerKey` signs the `bad-signature` ID tokens: a key the issuer never published. */
  constructor(strangerKey: CryptoKey) {
    this.#strangerKey = strangerKey;
  }

  /** Plays `down` and `slow` before an issuer sees the request; true when the request was answered here. */
  async intercept(res: ServerResponse): Promise<boolean> {
    if (this.#kind === 'slow') await this.#wait(SLOW_DELAY_MS);
    if (this.#kind !== 'down') return false;
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' });
    res.end('Service indisponible (panne simulée du fournisseur d\'identité local)');
    return true;
  }

  /** oidc-provider middleware: rewrites the token endpoint's ID token under a one-shot fault. */
  tokenMiddleware(signingKey: CryptoKey) {
    return async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => {
      await next();
      const body = ctx.body as { id_token?: unknown } | undefined;
      const kind = this.#kind;
      if (ctx.oidc?.route !== 'token' || typeof body?.id_token !== 'string' || !ONE_SHOT_FAULTS.includes(kind)) return;
      this.#kind = 'none';
      body.id_token = await alterIdToken(body.id_token, kind, kind === 'bad-signature' ? this.#strangerKey : signingKey);
    };
  }

  /** The control endpoint: GET reads the fault, POST `{ "kind": … }` (JSON only) sets it. */
  async handleControl(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The server listens on loopback only; this keeps the endpoint closed even if that ever changes.
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return sendJson(res, 403, { error: 'loopback only' });
    if (req.method === 'GET') return sendJson(res, 200, { kind: this.#kind });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'GET or POST' });
    // A JSON content type makes a cross-site form or fetch from a page need a CORS preflight, which this
    // endpoint never grants: only a test or a terminal can set a fault.
    if (!req.headers['content-type']?.startsWith('application/json')) return sendJson(res, 415, { error: 'application/json expected' });
    let kind: unknown;
    try {
      ({ kind } = JSON.parse(await readBody(req, MAX_CONTROL_BYTES)) as { kind?: unknown });
    } catch {
      return sendJson(res, 400, { error: 'invalid JSON' });
    }
    if (!isFaultKind(kind)) return sendJson(res, 400, { error: 'unknown kind' });
    this.#kind = kind;
    sendJson(res, 200, { kind });
  }

  /** Ends the `slow` waits at once so that stopping the provider never waits for them. */
  stop(): void {
    for (const release of this.#pending) release();
    this.#pending.clear();
  }

  #wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer);
        this.#pending.delete(release);
        resolve();
      };
      const timer = setTimeout(release, ms);
      this.#pending.add(release);
    });
  }
}

async function alterIdToken(idToken: string, kind: FaultKind, key: CryptoKey): Promise<string> {
  const header = decodeProtectedHeader(idToken);
  const payload = decodeJwt(idToken);
  const anHourAgo = Math.floor(Date.now() / 1000) - 3600;
  if (kind === 'wrong-audience') payload.aud = 'another-client';
  if (kind === 'wrong-nonce') payload.nonce = `${String(payload.nonce)}-altered`;
  if (kind === 'expired') Object.assign(payload, { iat: anHourAgo, exp: anHourAgo });
  // Same header, `kid` included: for `bad-signature` the app finds the issuer's key and the check fails.
  return new SignJWT(payload).setProtectedHeader({ ...header, alg: header.alg ?? 'RS256' }).sign(key);
}
