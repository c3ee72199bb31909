import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { missionScope } from '@/lib/access/scope';
import { prisma } from '@/lib/db';
import { DomainError, NotFoundError } from '@/lib/errors';
import { refuseCandidacies } from '@/lib/candidacies/decide';

// « Refuser les autres contactés » (SPEC §6.2, the 2021 guide: « il faut bien penser à refuser les
// autres contactés »): once a mission is filled, the volunteers still « Contacté » for it are held for
// nothing; one click refuses them all, and they are « Disponible » again for every establishment.

/**
 * Refuses every candidacy of the mission still « Contacté », through refuseCandidacies — the very
 * « Refuser les candidatures » of the table, all or nothing in its one transaction, each refusal audited.
 * Only on a filled mission still open: while positions remain, the establishment chooses whom to refuse;
 * an archived mission is read-only (its reservations end by the expiry job).
 */
export async function refuseRemainingContacted(actor: Actor, input: { missionId: string }, now = new Date()): Promise<{ refused: number }> {
  if (actor.role !== 'ESTABLISHMENT') throw new NotFoundError('mission');
  const mission = await prisma.mission.findFirst({
    where: { AND: [missionScope(actor), { id: input.missionId }] },
    select: { id: true, status: true, filledCount: true, requestedCount: true },
  });
  if (!mission) throw new NotFoundError('mission');
  if (mission.status !== 'OPEN') throw new DomainError('Cette mission est archivée : ses réservations prennent fin d’elles-mêmes.');
  if (mission.filledCount < mission.requestedCount) {
    throw new DomainError('Cette mission n’est pas encore pourvue : cochez les candidats à refuser dans le tableau.');
  }
  // Nobody can be contacted on a filled mission any more, so this list can only shrink before the
  // refusal (a colleague's decision, an expiry): refuseCandidacies then refuses all or nothing and says so.
  const remaining = await prisma.candidacy.findMany({ where: { missionId: mission.id, status: 'CONTACTED' }, select: { professionalId: true } });
  if (remaining.length === 0) return { refused: 0 };
  return refuseCandidacies(actor, { missionId: mission.id, professionalIds: remaining.map((c) => c.professionalId) }, now);
}
