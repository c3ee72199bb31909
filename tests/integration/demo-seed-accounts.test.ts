/** @jest-environment node */
import { prisma } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { seedDemo } from '@/lib/seed/demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/seed/demo-accounts';
import { useFreshDatabase, type FreshDatabase } from './fresh-database';

// Issue 11 point 8: the demo agents are ordinary invited accounts, activated through the link's own
// code path, and the seed has an Île-de-France RPPS+ manager and a disabled account. Every demo login
// still works (the e2e suites rely on them).

let database: FreshDatabase;
beforeAll(async () => {
  database = await useFreshDatabase();
  await seedDemo(prisma, database.url);
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const user = (email: string) => prisma.user.findUniqueOrThrow({ where: { email }, include: { memberships: { include: { establishment: true } } } });
const actions = async (email: string) => (await prisma.auditLog.findMany({ where: { entityId: (await user(email)).id }, orderBy: { id: 'asc' } })).map((entry) => entry.action);

it('the CCS agent is created as admin:create does, the others invited by an agent, each activated by its link', async () => {
  expect(await actions(DEMO_ACCOUNTS.ccs)).toEqual(['account.create-first', 'account.activated']);
  for (const email of [DEMO_ACCOUNTS.arsOccitanie, DEMO_ACCOUNTS.arsIdf, DEMO_ACCOUNTS.rppsManager, DEMO_ACCOUNTS.rppsManagerIdf]) {
    expect(await actions(email)).toEqual(['account.invite', 'account.activated']);
    expect(await prisma.emailOutbox.count({ where: { to: email, subject: 'Votre compte Renfort RH Crise a été créé' } })).toBe(1);
  }
  const invitedByArs = await prisma.auditLog.findFirstOrThrow({ where: { action: 'account.invite', entityId: (await user(DEMO_ACCOUNTS.rppsManagerIdf)).id } });
  expect(invitedByArs.actorId).toBe((await user(DEMO_ACCOUNTS.arsIdf)).id);
});

it('the second RPPS+ manager belongs to the Créteil FINESS; the disabled account carries its reason', async () => {
  expect((await user(DEMO_ACCOUNTS.rppsManagerIdf)).memberships.map((m) => m.establishment.regionCode)).toEqual(['11']);
  expect((await user(DEMO_ACCOUNTS.rppsManager)).memberships.map((m) => m.establishment.regionCode)).toEqual(['76']);
  const disabled = await user(DEMO_ACCOUNTS.disabledEstablishment);
  expect(disabled).toMatchObject({ status: 'DISABLED', role: 'ESTABLISHMENT' });
  expect(disabled.disabledReason).toBeTruthy();
  expect(await actions(DEMO_ACCOUNTS.disabledEstablishment)).toEqual(['account.disable']);
});

it('every demo login signs in with the demo password, the disabled one is refused', async () => {
  for (const email of Object.values(DEMO_ACCOUNTS).filter((email) => email !== DEMO_ACCOUNTS.disabledEstablishment)) {
    expect({ email, ok: (await authenticate(email, DEMO_PASSWORD, { ip: '198.51.100.1' })).ok }).toEqual({ email, ok: true });
  }
  expect(await authenticate(DEMO_ACCOUNTS.disabledEstablishment, DEMO_PASSWORD, { ip: '198.51.100.1' })).toEqual({ ok: false, reason: 'DISABLED' });
});
