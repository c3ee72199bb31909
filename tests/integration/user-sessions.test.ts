/** @jest-environment node */
import { prisma } from '@/lib/db';
import { loadActor } from '@/lib/auth/load-actor';
import { endSession, startSession } from '@/lib/auth/user-sessions';
import { createUser } from '../factories';

const inOneHour = () => new Date(Date.now() + 3600 * 1000);

describe('server-side sessions (SPEC §14, issue 10 §8)', () => {
  it('ends one browser’s session on sign-out and leaves the others open', async () => {
    const user = await createUser('ARS');
    const laptop = await startSession(user.id, inOneHour());
    const phone = await startSession(user.id, inOneHour());
    expect(await loadActor(user.id, 0, laptop)).not.toBeNull();

    await endSession(user.id, laptop);
    expect(await loadActor(user.id, 0, laptop)).toBeNull();
    expect(await loadActor(user.id, 0, phone)).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'auth.sign-out' } })).toBe(1);

    // Signing out twice (two tabs) audits once.
    await endSession(user.id, laptop);
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'auth.sign-out' } })).toBe(1);
  });

  it('refuses a token with no session, another account’s session or an expired one', async () => {
    const user = await createUser('CCS');
    const other = await createUser('CCS');
    expect(await loadActor(user.id, 0, undefined)).toBeNull();
    expect(await loadActor(user.id, 0, await startSession(other.id, inOneHour()))).toBeNull();
    expect(await loadActor(user.id, 0, await startSession(user.id, new Date(Date.now() - 1000)))).toBeNull();
  });

  it('cannot end another account’s session', async () => {
    const user = await createUser('ESTABLISHMENT');
    const attacker = await createUser('ESTABLISHMENT');
    const session = await startSession(user.id, inOneHour());
    await endSession(attacker.id, session);
    expect(await loadActor(user.id, 0, session)).not.toBeNull();
  });
});
