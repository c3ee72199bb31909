/** @jest-environment node */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { setPasswordWithToken } from '@/lib/auth/password-flows';
import { extractLinks } from '@/lib/mail/mailbox';
import { useFreshDatabase, type FreshDatabase } from './fresh-database';

// `npm run admin:create` (SPEC §15, issue 11 point 1): the script itself, run against an empty
// production database, then the emailed link sets the password and the agent signs in.

const ROOT = path.join(__dirname, '..', '..');
const EMAIL = 'premier.agent@ccs.example.fr';
const PASSWORD = 'Premier-Agent-2026!';

let database: FreshDatabase;
beforeAll(async () => {
  database = await useFreshDatabase();
});
afterAll(async () => {
  await database.drop();
});

function runScript(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // NODE_OPTIONS of jest (--experimental-vm-modules) is not the script's.
    const child = spawn(process.execPath, ['--import', './scripts/lib/server-only.mjs', '--import', 'tsx', 'scripts/admin-create.ts', ...args], {
      cwd: ROOT,
      env: { ...env, NODE_OPTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const ARGS = ['--role', 'CCS', '--email', 'Premier.Agent@CCS.example.fr', '--first-name', 'Louise', '--last-name', 'Perrin'];

it('needs DATABASE_URL, and says so', async () => {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const result = await runScript(ARGS, env);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('DATABASE_URL');
  expect(await prisma.user.count()).toBe(0);
});

it('refuses another role than CCS and a malformed email', async () => {
  const wrongRole = await runScript(['--role', 'ARS', ...ARGS.slice(2)], { ...process.env, DATABASE_URL: database.url });
  expect(wrongRole.code).toBe(1);
  expect(wrongRole.stderr).toContain('--role');
  const wrongEmail = await runScript([...ARGS.slice(0, 3), 'pas-une-adresse', ...ARGS.slice(4)], { ...process.env, DATABASE_URL: database.url });
  expect(wrongEmail.code).toBe(1);
  expect(await prisma.user.count()).toBe(0);
}, 60_000);

it('creates the first CCS agent, emails the activation link, is audited; the link lets them sign in', async () => {
  const result = await runScript(ARGS, { ...process.env, DATABASE_URL: database.url });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`CCS account created: ${EMAIL}`);
  expect(result.stdout).toContain('outbox');

  const user = await prisma.user.findUniqueOrThrow({ where: { email: EMAIL } });
  expect(user).toMatchObject({ role: 'CCS', status: 'ACTIVE', passwordHash: null, firstName: 'Louise', lastName: 'Perrin' });
  expect(await prisma.auditLog.count({ where: { action: 'account.create-first', entityId: user.id, actorId: null } })).toBe(1);

  // No Resend key in the tests: the email went through the outbox transport (sent, kept for the mailbox).
  const [mail] = await prisma.emailOutbox.findMany({ where: { to: EMAIL } });
  expect(mail).toMatchObject({ subject: 'Votre compte Renfort RH Crise a été créé', status: 'SENT' });
  const link = extractLinks(mail!.html).find((href) => href.includes('/mot-de-passe/nouveau?token='));
  const token = new URL(link!).searchParams.get('token')!;
  expect(await setPasswordWithToken(token, PASSWORD)).toEqual({ ok: true });
  expect(await setPasswordWithToken(token, PASSWORD)).toEqual({ ok: false, state: 'used' });

  const signedIn = await authenticate(EMAIL, PASSWORD, { ip: '203.0.113.7' });
  expect(signedIn).toMatchObject({ ok: true, user: { id: user.id, role: 'CCS' } });
}, 60_000);

it('refuses an email already in use, whatever its case, and writes nothing', async () => {
  const result = await runScript(['--role', 'CCS', '--email', EMAIL.toUpperCase(), '--first-name', 'Autre', '--last-name', 'Personne'], {
    ...process.env,
    DATABASE_URL: database.url,
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('Cette adresse est déjà utilisée par un compte.');
  expect(await prisma.user.count()).toBe(1);
  expect(await prisma.emailOutbox.count({ where: { to: EMAIL } })).toBe(1);
}, 60_000);
