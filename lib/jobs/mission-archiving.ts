import 'server-only';
import { prisma } from '@/lib/db';
import { writeAudit } from '@/lib/audit';
import { startOfUtcDay } from '@/lib/dal/professional-status';

/**
 * Missions whose end date is past are archived (SPEC §6.2), and the proposals still pending on them are
 * withdrawn so that those volunteers are free again. Volunteers ASSIGNED to an ended mission need no
 * job: their status is derived from the mission's end date (lib/dal/professional-status.ts, and the
 * `assigned_until` search column), so they are Disponible again the day after.
 */
export async function archiveEndedMissions(now = new Date()): Promise<number> {
  const today = startOfUtcDay(now);
  const ended = await prisma.mission.findMany({ where: { status: 'OPEN', endDate: { lt: today } }, select: { id: true } });
  let archived = 0;
  for (const { id } of ended) {
    const done = await prisma.$transaction(async (tx) => {
      const updated = await tx.mission.updateMany({ where: { id, status: 'OPEN' }, data: { status: 'ARCHIVED', archivedAt: now } });
      if (updated.count !== 1) return false;
      const withdrawn = await tx.candidacy.updateMany({ where: { missionId: id, status: 'PROPOSED' }, data: { status: 'WITHDRAWN', decidedAt: now } });
      await writeAudit(tx, { actorId: null, action: 'mission.archive', entityType: 'Mission', entityId: id, details: { reason: 'ended', withdrawnProposals: withdrawn.count } });
      return true;
    });
    if (done) archived += 1;
  }
  return archived;
}
