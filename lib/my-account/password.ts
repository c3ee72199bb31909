import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password-hash';
import { assertCurrentPassword } from './current-password';
import { endOtherSessions } from './sessions';
import type { ChangePasswordOutput } from './schemas';

/**
 * « Modifier mon mot de passe » (SPEC §15): the current password first; then every other session of the
 * account ends (a thief's browser with it) while this one stays open — decision 027. The session
 * version is not bumped, since that would also end the session making the change.
 */
export async function changePassword(actor: Actor, input: ChangePasswordOutput, currentSessionId: string | undefined, now = new Date()): Promise<{ otherSessionsEnded: number }> {
  await assertCurrentPassword(prisma, actor.id, input.currentPassword, now);
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    const otherSessionsEnded = await endOtherSessions(tx, actor.id, currentSessionId, now);
    await writeAudit(tx, { actorId: actor.id, action: 'account.password-change', entityType: 'User', entityId: actor.id, details: { otherSessionsEnded } });
    return { otherSessionsEnded };
  });
}
