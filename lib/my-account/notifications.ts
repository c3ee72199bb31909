import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { NotFoundError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';

/**
 * The agent's one notification (SPEC §15): an ARS agent's hourly email about new account requests, a
 * CCS agent's « Alerte CCS » email. Other roles receive neither, so have no preference to set.
 */
export async function updateNotifications(actor: Actor, input: { enabled: boolean }): Promise<{ enabled: boolean }> {
  const column = actor.role === 'ARS' ? 'notifyAccountRequests' : actor.role === 'CCS' ? 'notifyCcsAlerts' : null;
  if (!column) throw new NotFoundError('notifications');
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { [column]: input.enabled } });
    await writeAudit(tx, { actorId: actor.id, action: 'account.notifications', entityType: 'User', entityId: actor.id, details: { [column]: input.enabled } });
    return { enabled: input.enabled };
  });
}
