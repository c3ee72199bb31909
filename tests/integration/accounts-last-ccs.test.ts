/** @jest-environment node */
import { prisma } from '@/lib/db';
import { disableAccount } from '@/lib/accounts/account-status';
import { actorFor, createUser } from '../factories';
import { useFreshDatabase, type FreshDatabase } from './fresh-database';

// SPEC §15: never the last active CCS agent — even when the only two CCS agents disable each other at
// the same instant. On a fresh database, so that no other test file's CCS agents are counted.

let database: FreshDatabase;
beforeAll(async () => {
  database = await useFreshDatabase();
});
afterAll(async () => {
  await database.drop();
});

const activeCcs = () => prisma.user.count({ where: { role: 'CCS', status: 'ACTIVE' } });

it.each([1, 2, 3, 4, 5])('two CCS agents disabling each other at once leave one active (round %i)', async () => {
  await prisma.user.updateMany({ where: { role: 'CCS', status: 'ACTIVE' }, data: { status: 'DISABLED', disabledReason: 'round over', disabledAt: new Date() } });
  const [a, b] = await Promise.all([createUser('CCS', { passwordHash: 'x' }), createUser('CCS', { passwordHash: 'x' })]);
  const [actorA, actorB] = await Promise.all([actorFor(a!.id), actorFor(b!.id)]);
  const outcomes = await Promise.allSettled([
    disableAccount(actorA, { userId: b!.id, reason: 'Course A' }),
    disableAccount(actorB, { userId: a!.id, reason: 'Course B' }),
  ]);
  expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
  expect(await activeCcs()).toBe(1);
  expect(await prisma.auditLog.count({ where: { action: 'account.disable', entityId: { in: [a!.id, b!.id] } } })).toBe(1);
});

it('the last active CCS agent may disable nobody into an empty CCS, not even through a colleague disabled meanwhile', async () => {
  await prisma.user.updateMany({ where: { role: 'CCS', status: 'ACTIVE' }, data: { status: 'DISABLED', disabledReason: 'reset', disabledAt: new Date() } });
  const [a, b] = await Promise.all([createUser('CCS', { passwordHash: 'x' }), createUser('CCS', { passwordHash: 'x' })]);
  const [actorA, actorB] = await Promise.all([actorFor(a.id), actorFor(b.id)]);
  await disableAccount(actorA, { userId: b.id, reason: 'Départ' });
  // B's page was still open: its request comes after it was disabled.
  await expect(disableAccount(actorB, { userId: a.id, reason: 'Revanche' })).rejects.toThrow();
  expect(await activeCcs()).toBe(1);
});
