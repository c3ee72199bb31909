import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { migrate } from '../../lib/db/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './support/accounts';

// Issue 13, point 7: two production instances (`next start` twice, on the journeys' build) against one
// PostgreSQL database of their own, as a deployment that adds servers behind one address would run them
// (docs/decisions/036-sign-up-surge-and-scale-out.md). A session opened on one works on the other and
// its sign-out on the other ends it everywhere; the cron tick run on both at once sends each email and
// each check-in once; a per-IP rate limit counts the hits of both.

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const SEEDED_EMAILS = 45;
const CHECKIN_VOLUNTEERS = 6;
const nextBin = path.join(__dirname, '../../node_modules/next/dist/bin/next');
const databaseName = `renfort_scale_out_${process.pid}`;
let databaseUrl = '';
let uploadsDir = '';
const instances: { url: string; child: ChildProcess }[] = [];
const [a, b] = [0, 1].map((index) => () => instances[index]!.url);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function startInstance(publicUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: path.join(__dirname, '../..'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      // One public address for both, as behind a load balancer: links and sign-in redirects name it.
      APP_URL: publicUrl,
      NEXTAUTH_URL: publicUrl,
      // The balancer is the one proxy hop whose X-Forwarded-For the instances trust.
      TRUSTED_PROXY: 'hops:1',
      // A shared volume (local-disk store) or Vercel Blob: the instances must see the same files.
      UPLOADS_DIR: uploadsDir,
      MAIL_TRANSPORT: 'outbox',
      RATE_LIMIT_DISABLED: 'false',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[instance ${port}] ${chunk}`));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited with ${child.exitCode}`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`next start on ${port} did not answer in time`);
}

test.beforeAll(async () => {
  const admin = new URL(process.env.DATABASE_URL!);
  admin.pathname = '/postgres';
  await withClient(admin.toString(), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${databaseName}`);
  });
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  await migrate(databaseUrl);
  // The reference tables and the demo password's hash come from the journeys' database.
  const [reference, passwordHash] = await withClient(process.env.DATABASE_URL!, async (client) => [
    {
      regions: (await client.query('SELECT * FROM regions')).rows,
      professions: (await client.query('SELECT * FROM professions')).rows,
    },
    (await client.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [DEMO_ACCOUNTS.ccs])).rows[0]!.password_hash,
  ]);
  await withClient(databaseUrl, async (client) => {
    for (const [table, rows] of Object.entries(reference)) {
      await client.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1) ON CONFLICT DO NOTHING`, [JSON.stringify(rows)]);
    }
    await client.query(
      `INSERT INTO users (id, email, password_hash, role, first_name, last_name, updated_at)
       VALUES ($1, 'ccs-scale-out@tests.renfort.test', $2, 'CCS', 'Claire', 'Échelle', now())`,
      [randomUUID(), passwordHash],
    );
  });
  uploadsDir = mkdtempSync(path.join(os.tmpdir(), 'scale-out-uploads-'));
  const ports = [await freePort(), await freePort()];
  const publicUrl = `http://127.0.0.1:${ports[0]}`;
  for (const port of ports) instances.push({ url: `http://127.0.0.1:${port}`, child: await startInstance(publicUrl, port) });
});

test.afterAll(async () => {
  await Promise.all(
    instances.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => (clearTimeout(timer), resolve()));
          child.kill('SIGTERM');
        }),
    ),
  );
  if (databaseUrl) {
    const admin = new URL(databaseUrl);
    admin.pathname = '/postgres';
    await withClient(admin.toString(), (client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
  }
  if (uploadsDir) rmSync(uploadsDir, { recursive: true, force: true });
});

/** Cookies as a browser keeps them, for fetch. */
class Jar {
  private cookies = new Map<string, string>();
  keep(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  has(suffix: string): boolean {
    return [...this.cookies.keys()].some((name) => name.endsWith(suffix));
  }
}

async function csrf(base: string, jar: Jar): Promise<string> {
  const response = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.keep(response);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** What the sign-in form does through next-auth: CSRF token, then the credentials callback. */
async function signIn(base: string, email: string): Promise<Jar> {
  const jar = new Jar();
  const csrfToken = await csrf(base, jar);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), 'X-Auth-Return-Redirect': '1' },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, remember: 'false', csrfToken, callbackUrl: `${base}/ccs`, json: 'true' }),
  });
  jar.keep(response);
  expect(jar.has('next-auth.session-token')).toBe(true);
  return jar;
}

/** Where a GET of the CCS home ends: 200 on the page, or the sign-in page's address. */
async function ccsHome(base: string, jar: Jar): Promise<string> {
  const response = await fetch(`${base}/ccs`, { redirect: 'manual', headers: { cookie: jar.header() } });
  return response.status === 200 ? 'page' : `${response.status} ${response.headers.get('location') ?? ''}`;
}

test('a session opened on one instance works on the other, and signing out on the other ends it on both', async () => {
  const jar = await signIn(a(), 'ccs-scale-out@tests.renfort.test');
  expect(await ccsHome(a(), jar)).toBe('page');
  expect(await ccsHome(b(), jar)).toBe('page');

  const copied = jar.header();
  const csrfToken = await csrf(b(), jar);
  const signOut = await fetch(`${b()}/api/auth/signout`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, callbackUrl: a(), json: 'true' }),
  });
  expect(signOut.status).toBeLessThan(400);
  // The cookie as it was before « Se déconnecter » (a copy kept elsewhere) is refused by both instances.
  const copy = { header: () => copied } as Jar;
  expect(await ccsHome(a(), copy)).toMatch(/^30\d .*\/connexion/);
  expect(await ccsHome(b(), copy)).toMatch(/^30\d .*\/connexion/);
});

test('the cron tick run on both instances at once sends each email and each check-in exactly once', async () => {
  await withClient(databaseUrl, async (client) => {
    // Due emails, as the outbox holds them after a surge.
    for (let index = 0; index < SEEDED_EMAILS; index++) {
      await client.query(
        `INSERT INTO email_outbox (id, "to", subject, html, text, template) VALUES ($1, $2, 'Essai', '<p>Essai</p>', 'Essai', 'scale-out-test')`,
        [randomUUID(), `destinataire-${index}@tests.renfort.test`],
      );
    }
  });
  // Volunteers signed up through either instance, whose last confirmation is older than the check-in period.
  const emails = Array.from({ length: CHECKIN_VOLUNTEERS }, () => `echelle-${randomUUID().slice(0, 8)}@tests.renfort.test`);
  const answers = await Promise.all(emails.map((email, index) => postSignUp(index % 2 ? b() : a(), signUpFields(email), `198.51.100.${index + 1}`)));
  expect(answers).toEqual(emails.map(() => ({ status: 200, body: { ok: true, data: null } })));
  await withClient(databaseUrl, (client) =>
    client.query(
      `UPDATE professionals SET availability_confirmed_at = now() - interval '60 days'
        WHERE user_id IN (SELECT id FROM users WHERE email = ANY($1))`,
      [emails],
    ),
  );

  const tick = (base: string) =>
    fetch(`${base}/api/cron/tick`, { method: 'POST', headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } }).then((r) => r.status);
  // Both instances tick together, several times, until nothing is left to send.
  for (let round = 0; round < 10; round++) {
    expect(await Promise.all([tick(a()), tick(b()), tick(a()), tick(b())])).toEqual([200, 200, 200, 200]);
    const pending = await withClient(databaseUrl, (client) => client.query<{ n: number }>(`SELECT count(*)::int AS n FROM email_outbox WHERE status = 'PENDING'`));
    if (pending.rows[0]!.n === 0) break;
  }

  await withClient(databaseUrl, async (client) => {
    const outbox = await client.query<{ status: string; attempts: number; n: number }>(
      `SELECT status, attempts, count(*)::int AS n FROM email_outbox GROUP BY status, attempts ORDER BY status, attempts`,
    );
    // Each row claimed once (attempts counts claims) and sent: 45 seeded + 2 per sign-up + 1 check-in each.
    expect(outbox.rows).toEqual([{ status: 'SENT', attempts: 1, n: SEEDED_EMAILS + 3 * CHECKIN_VOLUNTEERS }]);
    const checkins = await client.query<{ to: string; n: number }>(
      `SELECT "to", count(*)::int AS n FROM email_outbox WHERE template = 'availability-checkin' GROUP BY "to" ORDER BY "to"`,
    );
    expect(checkins.rows).toEqual([...emails].sort().map((to) => ({ to, n: 1 })));
    const audits = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'professional.checkin-sent'`);
    expect(audits.rows[0]!.n).toBe(CHECKIN_VOLUNTEERS);
  });
});

test('a per-IP rate limit counts the hits of both instances', async () => {
  const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  // 50 sign-ups an hour per address (lib/auth/rate-limit.ts), alternately on each instance: half a form
  // each, refused as incomplete, but counted.
  const statuses: number[] = [];
  for (let index = 0; index < 50; index++) statuses.push((await postSignUp(index % 2 ? b() : a(), null, ip)).status);
  expect(statuses.filter((status) => status === 429)).toEqual([]);
  // Each instance has seen only 25 of them: both refuse the 51st and 52nd.
  for (const base of [a(), b()]) {
    const answer = await postSignUp(base, null, ip);
    expect(answer.status).toBe(429);
    expect(answer.body).toEqual({ ok: false, formError: 'Trop d’inscriptions depuis cette connexion. Réessayez dans une heure.' });
  }
  // Another address is not affected.
  expect((await postSignUp(b(), null, '203.0.113.254')).status).toBe(400);
});

function signUpFields(email: string): Record<string, unknown> {
  return {
    lastName: 'Échelle',
    firstName: 'Lina',
    email,
    phone: '06 12 34 56 78',
    postalCode: '31000',
    city: 'Toulouse',
    regionCode: '76',
    professionCode: 'NURSE',
    speciality: '',
    activityType: 'EMPLOYEE',
    identifierType: 'RPPS',
    identifierNumber: '10001234567',
    employer: '',
    hasVehicle: false,
    ehpadExperience: false,
    icuExperience: false,
    vaccinationExperience: false,
    availableWeekdays: true,
    availableWeekends: true,
    mobilisation: 'REGIONAL',
    comment: '',
    periods: [{ startDate: '2026-01-01', endDate: '' }],
    termsAccepted: true,
    dataConsent: true,
  };
}

/** The sign-up form's POST; `fields` null sends a form without its fields part (refused as incomplete). */
async function postSignUp(base: string, fields: Record<string, unknown> | null, ip: string): Promise<{ status: number; body: unknown }> {
  const body = new FormData();
  if (fields) body.append('fields', JSON.stringify(fields));
  else body.append('nothing', 'here');
  const response = await fetch(`${base}/inscription/professionnel/envoi`, { method: 'POST', body, headers: { 'x-forwarded-for': ip } });
  return { status: response.status, body: await response.json() };
}
