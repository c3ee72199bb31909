import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { prisma, type TransactionClient } from '@/lib/db';
import { DomainError, NotFoundError } from '@/lib/errors';
import { toIsoDay } from '@/lib/dates/days';
import { changeCandidacyStatus } from '@/lib/candidacies/change-status';
import { DECLINED_EMAILS_SELECT, enqueueDeclinedEmails } from '@/lib/candidacies/declined-emails';
import { reservationDeadline } from '@/lib/candidacies/reservation-deadline';
import { RESERVING_STATUSES } from '@/lib/candidacies/transitions';
import { ownProfessionalId } from './owner';

// « Ma candidature » (SPEC §5.2): while « En cours » (pushed by an ARS/CCS) or « Contacté » (reserved by
// an establishment), the volunteer sees who holds them and until when, and may free themselves at once
// with « Je ne suis pas disponible pour cette mission » (→ DECLINED): the establishment's accounts and
// the agent who pushed them are emailed in the same transaction.

export interface OwnCandidacy {
  candidacyId: string;
  status: 'PROPOSED' | 'CONTACTED';
  establishmentName: string;
  establishmentCity: string;
  professionLabel: string;
  /** Mission dates, `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  /** When they were pushed (PROPOSED) or contacted (CONTACTED), ISO instant. */
  since: string | null;
  /** Pushed by an ARS or the CCS (who is then emailed too on a decline). */
  pushed: boolean;
  /** CONTACTED: when the reservation is released if the establishment has not decided (the ARS's delay). */
  until: string | null;
}

export const NOT_PENDING = 'Cette candidature n’est plus en cours : l’établissement ou l’ARS vient peut-être de la traiter. Actualisez la page.';
export const ALREADY_ASSIGNED = 'Vous êtes déjà affecté(e) à cette mission : contactez l’établissement si vous ne pouvez plus venir.';

/** The volunteer's pending candidacy (at most one, by a unique index), or null. */
export async function readOwnCandidacy(professionalId: string, db: TransactionClient | typeof prisma = prisma): Promise<OwnCandidacy | null> {
  const candidacy = await db.candidacy.findFirst({
    where: { professionalId, status: { in: [...RESERVING_STATUSES] } },
    select: {
      id: true,
      status: true,
      proposedAt: true,
      proposedById: true,
      contactedAt: true,
      mission: {
        select: {
          startDate: true,
          endDate: true,
          profession: { select: { label: true } },
          establishment: { select: { name: true, city: true, region: { select: { reservationDelayHours: true } } } },
        },
      },
    },
  });
  if (!candidacy || (candidacy.status !== 'PROPOSED' && candidacy.status !== 'CONTACTED')) return null;
  const { mission } = candidacy;
  const contactedAt = candidacy.status === 'CONTACTED' ? candidacy.contactedAt : null;
  const since = candidacy.status === 'CONTACTED' ? candidacy.contactedAt : candidacy.proposedAt;
  return {
    candidacyId: candidacy.id,
    status: candidacy.status,
    establishmentName: mission.establishment.name,
    establishmentCity: mission.establishment.city,
    professionLabel: mission.profession.label,
    startDate: toIsoDay(mission.startDate),
    endDate: toIsoDay(mission.endDate),
    since: since?.toISOString() ?? null,
    pushed: candidacy.proposedById !== null,
    until: contactedAt ? reservationDeadline(contactedAt, mission.establishment.region.reservationDelayHours).toISOString() : null,
  };
}

/** « Je ne suis pas disponible pour cette mission »: the volunteer's own pending candidacy → DECLINED. */
export async function declineOwnCandidacy(actor: Actor, input: { candidacyId: string }, now = new Date()): Promise<{ declined: true }> {
  return prisma.$transaction(async (tx) => {
    const professionalId = await ownProfessionalId(actor, tx);
    // Another volunteer's candidacy reads as missing (SPEC §2: out of scope is not found).
    const candidacy = await tx.candidacy.findFirst({
      where: { id: input.candidacyId, professionalId },
      select: { ...DECLINED_EMAILS_SELECT, id: true, professionalId: true },
    });
    if (!candidacy) throw new NotFoundError('candidacy');
    if (candidacy.status === 'ASSIGNED') throw new DomainError(ALREADY_ASSIGNED);
    if (candidacy.status !== 'PROPOSED' && candidacy.status !== 'CONTACTED') throw new DomainError(NOT_PENDING);
    const { status } = candidacy;
    await changeCandidacyStatus(tx, {
      candidacy: { id: candidacy.id, status, missionId: candidacy.missionId, professionalId: candidacy.professionalId },
      to: 'DECLINED',
      actor,
      now,
      changedMessage: NOT_PENDING,
    });
    await enqueueDeclinedEmails(tx, candidacy, now);
    return { declined: true };
  });
}
