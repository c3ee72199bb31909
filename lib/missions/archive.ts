import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { missionScope } from '@/lib/access/scope';
import { assertRegulator } from '@/lib/access/checks';
import { CandidacyChangedError, changeCandidacyStatus, SYSTEM_ACTOR } from '@/lib/candidacies/change-status';

// Archiving a mission (SPEC §6.2: establishments cannot delete missions, only the ARS/CCS archive them,
// and ended missions are archived by the nightly job). The same rule in both cases: OPEN → ARCHIVED,
// and the proposals still « En cours » are withdrawn so those volunteers are free again. Volunteers
// « Contacté » stay with the establishment, who refuses them or lets the reservation expire; « Affecté »
// ones stay assigned until the mission's end date.

export interface ArchiveOutcome {
  withdrawnProposals: number;
}

/**
 * The archiving step itself, inside the caller's transaction; false when the mission was no longer
 * OPEN (archived meanwhile). The nightly job (lib/jobs/mission-archiving.ts) calls it with `actorId: null`.
 */
export async function archiveMissionInTransaction(
  tx: TransactionClient,
  input: { missionId: string; actorId: string | null; reason: 'ended' | 'regulator'; now: Date },
): Promise<ArchiveOutcome | null> {
  const updated = await tx.mission.updateMany({ where: { id: input.missionId, status: 'OPEN' }, data: { status: 'ARCHIVED', archivedAt: input.now } });
  if (updated.count !== 1) return null;
  const proposals = await tx.candidacy.findMany({
    where: { missionId: input.missionId, status: 'PROPOSED' },
    select: { id: true, status: true, missionId: true, professionalId: true },
  });
  let withdrawn = 0;
  for (const candidacy of proposals) {
    try {
      await changeCandidacyStatus(tx, {
        candidacy,
        to: 'WITHDRAWN',
        actor: input.actorId ? { id: input.actorId } : SYSTEM_ACTOR,
        now: input.now,
        details: { reason: 'Mission archivée' },
      });
      withdrawn += 1;
    } catch (error) {
      // Contacted (or declined) since it was read: no longer a proposal to withdraw.
      if (!(error instanceof CandidacyChangedError)) throw error;
    }
  }
  await writeAudit(tx, {
    actorId: input.actorId,
    action: 'mission.archive',
    entityType: 'Mission',
    entityId: input.missionId,
    details: { reason: input.reason, withdrawnProposals: withdrawn },
  });
  return { withdrawnProposals: withdrawn };
}

/** « Archiver » in the missions table: the ARS of the mission's region, or the CCS. */
export async function archiveMission(actor: Actor, input: { missionId: string }, now = new Date()): Promise<ArchiveOutcome> {
  assertRegulator(actor, 'mission');
  return prisma.$transaction(async (tx) => {
    const mission = await tx.mission.findFirst({ where: { AND: [missionScope(actor), { id: input.missionId }] }, select: { id: true, status: true } });
    if (!mission) throw new NotFoundError('mission');
    if (mission.status !== 'OPEN') throw new DomainError('Cette mission est déjà archivée.');
    const outcome = await archiveMissionInTransaction(tx, { missionId: mission.id, actorId: actor.id, reason: 'regulator', now });
    if (!outcome) throw new DomainError('Cette mission vient d’être archivée.');
    return outcome;
  });
}
