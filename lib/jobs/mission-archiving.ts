import 'server-only';
import { prisma } from '@/lib/db';
import { startOfUtcDay } from '@/lib/dates/days';
import { archiveMissionInTransaction } from '@/lib/missions/archive';

/**
 * Missions whose end date is past are archived (SPEC §6.2), and the proposals still pending on them are
 * withdrawn so that those volunteers are free again. Volunteers ASSIGNED to an ended mission need no
 * job: their status is derived from the mission's end date (lib/professionals/status.ts, and the
 * `assigned_until` search column), so they are Disponible again the day after.
 */
export async function archiveEndedMissions(now = new Date()): Promise<number> {
  const today = startOfUtcDay(now);
  const ended = await prisma.mission.findMany({ where: { status: 'OPEN', endDate: { lt: today } }, select: { id: true } });
  let archived = 0;
  for (const { id } of ended) {
    // One transaction per mission: a mission archived meanwhile by its ARS is skipped, not an error.
    const outcome = await prisma.$transaction((tx) => archiveMissionInTransaction(tx, { missionId: id, actorId: null, reason: 'ended', now }));
    if (outcome) archived += 1;
  }
  return archived;
}
