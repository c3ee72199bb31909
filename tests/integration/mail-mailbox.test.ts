/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { GET } from '@/app/api/dev/mailbox/route';
import DevMailboxPage from '@/app/dev/mailbox/page';
import { disconnectPrisma, prisma } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { extractLinks, listMailbox } from '@/lib/mail/mailbox';
import { enqueueEmail } from '@/lib/mail/outbox';

const domain = `${randomUUID().slice(0, 8)}.mailbox.mail-test.invalid`;
const alice = `alice@${domain}`;
const bob = `bob@${domain}`;
const APP = 'https://app.example.fr';

beforeAll(async () => {
  // Three emails, one second apart so that "newest first" is unambiguous.
  const base = Date.now() - 60_000;
  const enqueues = [
    () => enqueueEmail(prisma, { to: alice, template: 'account-already-exists', props: { signInUrl: `${APP}/connexion`, resetRequestUrl: `${APP}/mot-de-passe/oubli` } }),
    () => enqueueEmail(prisma, { to: bob, template: 'account-request-refused', props: { reason: 'Doublon' } }),
    () =>
      enqueueEmail(prisma, {
        to: 'Alice@' + domain.toUpperCase(),
        template: 'password-reset',
        props: { email: alice, link: `${APP}/mot-de-passe/nouveau?token=t1&from=mail` },
      }),
  ];
  for (const [index, enqueue] of enqueues.entries()) {
    const { id } = await enqueue();
    await prisma.emailOutbox.update({ where: { id }, data: { createdAt: new Date(base + index * 1000) } });
  }
});

afterAll(async () => {
  await prisma.emailOutbox.deleteMany({ where: { to: { endsWith: `@${domain}` } } });
  await disconnectPrisma();
});

describe('listMailbox', () => {
  it('filters by recipient, case-insensitively, newest first, with the links of each email', async () => {
    const emails = await listMailbox({ to: `ALICE@${domain}` });
    expect(emails.map((email) => email.subject)).toEqual([
      'Réinitialisation de mot de passe compte Renfort RH Crise',
      'Vous avez déjà un compte Renfort RH Crise',
    ]);
    expect(emails.every((email) => email.to === alice)).toBe(true);
    expect(emails[0].links).toEqual([`${APP}/mot-de-passe/nouveau?token=t1&from=mail`]);
    expect(emails[1].links).toEqual([`${APP}/connexion`, `${APP}/mot-de-passe/oubli`]);
    expect(emails[0].text).toContain(`${APP}/mot-de-passe/nouveau?token=t1&from=mail`);
    expect(emails[0].status).toBe('PENDING');
  });

  it('returns nothing for an unknown recipient', async () => {
    expect(await listMailbox({ to: `nobody@${domain}` })).toEqual([]);
  });

  it('without a recipient, returns every email, newest first', async () => {
    const mine = (await listMailbox()).filter((email) => email.to.endsWith(`@${domain}`));
    expect(mine.map((email) => email.to)).toEqual([alice, bob, alice]);
    const dates = mine.map((email) => email.createdAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('honours a limit', async () => {
    expect(await listMailbox({ to: alice, limit: 1 })).toHaveLength(1);
  });
});

describe('extractLinks', () => {
  it('decodes entities, deduplicates and keeps document order', () => {
    const html = `<a href="https://a.fr/x?b=1&amp;c=2">A</a><a href='https://b.fr/'>B</a><a class="k" href="https://a.fr/x?b=1&amp;c=2">again</a><link href="https://c.fr/&#x27;q&#39;"><a name="x">no href</a>`;
    expect(extractLinks(html)).toEqual(['https://a.fr/x?b=1&c=2', 'https://b.fr/', "https://c.fr/'q'"]);
  });

  it('ignores data-href and other attributes that merely end in href', () => {
    expect(extractLinks('<div data-href="https://nope.fr"></div>')).toEqual([]);
  });
});

// process.env.NODE_ENV is typed read-only by Next; tests still need to flip it.
function setEnv(key: string, value: string | undefined) {
  if (value === undefined) Reflect.deleteProperty(process.env, key);
  else Reflect.set(process.env, key, value);
}

const saved = { NODE_ENV: process.env.NODE_ENV, MAIL_TRANSPORT: process.env.MAIL_TRANSPORT };
afterEach(() => {
  setEnv('NODE_ENV', saved.NODE_ENV);
  setEnv('MAIL_TRANSPORT', saved.MAIL_TRANSPORT);
  resetEnvCache();
});

describe('the /dev/mailbox page', () => {
  const render = () => DevMailboxPage({ searchParams: Promise.resolve({ to: alice }) });

  it('renders outside production', async () => {
    await expect(render()).resolves.toBeTruthy();
  });

  it('is not found in production, where it would show reset and activation links to anyone', async () => {
    setEnv('NODE_ENV', 'production');
    setEnv('MAIL_TRANSPORT', undefined);
    resetEnvCache();
    await expect(render()).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_HTTP_ERROR_FALLBACK;404') });
  });
});

describe('GET /api/dev/mailbox', () => {

  it('returns the emails of ?to= as JSON, newest first, with the contract fields', async () => {
    const response = await GET(new Request(`http://localhost/api/dev/mailbox?to=${encodeURIComponent(alice)}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Array<Record<string, unknown>>;
    expect(body).toHaveLength(2);
    expect(body[0]).toMatchObject({
      to: alice,
      subject: 'Réinitialisation de mot de passe compte Renfort RH Crise',
      links: [`${APP}/mot-de-passe/nouveau?token=t1&from=mail`],
    });
    for (const field of ['to', 'subject', 'text', 'html', 'links', 'createdAt']) expect(body[0]).toHaveProperty(field);
    expect(new Date(body[0].createdAt as string).getTime()).toBeGreaterThan(new Date(body[1].createdAt as string).getTime());
  });

  it('answers 404 in production', async () => {
    setEnv('NODE_ENV', 'production');
    setEnv('MAIL_TRANSPORT', undefined);
    resetEnvCache();
    const response = await GET(new Request(`http://localhost/api/dev/mailbox?to=${encodeURIComponent(alice)}`));
    expect(response.status).toBe(404);
  });

  it('answers in production when MAIL_TRANSPORT=outbox', async () => {
    setEnv('NODE_ENV', 'production');
    setEnv('MAIL_TRANSPORT', 'outbox');
    resetEnvCache();
    const response = await GET(new Request(`http://localhost/api/dev/mailbox?to=${encodeURIComponent(bob)}`));
    expect(response.status).toBe(200);
    expect(((await response.json()) as unknown[]).length).toBe(1);
  });
});
