import { randomBytes, randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import type { JWK, Provider } from 'oidc-provider';
import { findFreePort } from '@/lib/db/embedded-postgres';
import { FaultInjector } from './faults';
import { handleInteraction } from './interactions';
import { createIssuerProvider } from './issuer-provider';
import { proConnectIssuer, pscIssuer, type IssuerDefinition } from './issuers';

// A real OpenID Connect provider for `npm run dev` and the tests, standing in for Pro Santé Connect and
// ProConnect (SPEC §16): two issuers, `/psc` and `/proconnect`, on one loopback http server. Issuer
// URLs use 127.0.0.1, not localhost where the app runs, so the provider's cookies never mix with the app's.

export interface LocalOidcOptions {
  /** The app's origin: the clients' redirect URIs are its next-auth callbacks. */
  appUrl: string;
  port?: number;
  /** Opens the fault control endpoint (`controlUrl`), for the tests. */
  faults?: boolean;
}

export interface LocalOidc {
  /** PSC_* and PROCONNECT_* variables for the app. */
  env: Record<string, string>;
  pscIssuer: string;
  proConnectIssuer: string;
  controlUrl?: string;
  stop(): Promise<void>;
}

export const LOCAL_CLIENT_ID = 'renfort-rh-crise-local';
const CONTROL_PATH = '/_control/fault';

interface MountedIssuer {
  definition: IssuerDefinition;
  provider: Provider;
  handle: (req: IncomingMessage, res: ServerResponse) => void;
}

export async function startLocalOidcProvider(options: LocalOidcOptions): Promise<LocalOidc> {
  const port = options.port ?? (await findFreePort());
  const origin = `http://127.0.0.1:${port}`;
  const cookieKeys = [randomBytes(32).toString('base64url')];
  const faults = options.faults ? new FaultInjector((await generateKeyPair('RS256')).privateKey) : undefined;
  const secrets = new Map<IssuerDefinition, string>();

  const mounted: MountedIssuer[] = [];
  for (const definition of [pscIssuer, proConnectIssuer]) {
    const { privateKey, jwk } = await generateSigningKey();
    const clientSecret = randomBytes(32).toString('base64url');
    secrets.set(definition, clientSecret);
    const provider = createIssuerProvider(definition, {
      issuerUrl: `${origin}/${definition.name}`,
      appUrl: options.appUrl,
      clientId: LOCAL_CLIENT_ID,
      clientSecret,
      signingJwk: jwk,
      cookieKeys,
    });
    if (faults) provider.use(faults.tokenMiddleware(privateKey));
    mounted.push({ definition, provider, handle: provider.callback() });
  }

  const server = http.createServer((req, res) => {
    route(req, res, mounted, faults).catch((error: unknown) => {
      console.error('[local-oidc]', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

  const pscIssuerUrl = `${origin}/${pscIssuer.name}`;
  const proConnectIssuerUrl = `${origin}/${proConnectIssuer.name}`;
  return {
    env: {
      PSC_ISSUER: pscIssuerUrl,
      PSC_CLIENT_ID: LOCAL_CLIENT_ID,
      PSC_CLIENT_SECRET: secrets.get(pscIssuer) ?? '',
      PROCONNECT_ISSUER: proConnectIssuerUrl,
      PROCONNECT_CLIENT_ID: LOCAL_CLIENT_ID,
      PROCONNECT_CLIENT_SECRET: secrets.get(proConnectIssuer) ?? '',
    },
    pscIssuer: pscIssuerUrl,
    proConnectIssuer: proConnectIssuerUrl,
    ...(faults ? { controlUrl: `${origin}${CONTROL_PATH}` } : {}),
    stop: () => {
      faults?.stop();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function route(req: IncomingMessage, res: ServerResponse, mounted: MountedIssuer[], faults: FaultInjector | undefined): Promise<void> {
  const rawUrl = req.url ?? '/';
  const { pathname } = new URL(rawUrl, 'http://127.0.0.1');
  if (faults && pathname === CONTROL_PATH) return faults.handleControl(req, res);
  if (faults && (await faults.intercept(res))) return;

  const target = mounted.find(({ definition }) => pathname === `/${definition.name}` || pathname.startsWith(`/${definition.name}/`));
  if (!target) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Introuvable');
    return;
  }
  // Mounted under a prefix: oidc-provider reads the prefix back from `originalUrl`, as under Express.
  const prefix = `/${target.definition.name}`;
  const rest = rawUrl.slice(prefix.length);
  Object.assign(req, { originalUrl: rawUrl, url: rest.startsWith('/') ? rest : `/${rest}` });
  const interaction = /^\/interaction\/([\w-]+)$/.exec(pathname.slice(prefix.length));
  if (interaction) return handleInteraction(target.provider, target.definition, req, res, interaction[1]);
  target.handle(req, res);
}

async function generateSigningKey(): Promise<{ privateKey: CryptoKey; jwk: JWK }> {
  // Extractable, so that the private key can be handed to oidc-provider as a JWK.
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };
  return { privateKey, jwk: jwk as JWK };
}
