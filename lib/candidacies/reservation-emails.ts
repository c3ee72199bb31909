import 'server-only';
import { prisma, type PrismaClient, type TransactionClient } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import { formatDay } from '@/lib/dates/format';
import { getProfession } from '@/lib/reference/professions';

// What the establishment's accounts are told about one of their reservations (CONTACTED): it is about to
// lapse, it lapsed (lib/jobs/reservation-expiry.ts), or an ARS or the CCS released it (release.ts).

/** The candidacy with what its emails say: the volunteer's name, the mission, the establishment's active accounts. */
export async function loadForEmail(candidacyId: string, db: PrismaClient | TransactionClient = prisma) {
  return db.candidacy.findUniqueOrThrow({
    where: { id: candidacyId },
    include: {
      professional: { include: { user: { select: { firstName: true, lastName: true } } } },
      mission: {
        include: {
          establishment: {
            include: { memberships: { where: { user: { role: 'ESTABLISHMENT', status: 'ACTIVE' } }, include: { user: { select: { email: true, firstName: true } } } } },
          },
        },
      },
    },
  });
}

function missionLabel(mission: { professionCode: string; startDate: Date; endDate: Date }): string {
  return `${getProfession(mission.professionCode)?.label ?? mission.professionCode} du ${formatDay(mission.startDate)} au ${formatDay(mission.endDate)}`;
}

type ReservationEmail =
  | { template: 'reservation-expiring'; expiresAt: Date }
  /** `releasedBy`: the regulator who released it (« l'ARS Occitanie »); absent when the delay lapsed. */
  | { template: 'reservation-released'; releasedAt: Date; releasedBy?: string };

/** Every active account of the establishment is told, in the transaction of the change. */
export async function emailEstablishmentAccounts(tx: TransactionClient, candidacy: Awaited<ReturnType<typeof loadForEmail>>, { template, ...when }: ReservationEmail) {
  for (const { user } of candidacy.mission.establishment.memberships) {
    await enqueueEmail(tx, {
      to: user.email,
      template,
      props: {
        firstName: user.firstName,
        volunteerName: `${candidacy.professional.user.firstName} ${candidacy.professional.user.lastName}`,
        missionLabel: missionLabel(candidacy.mission),
        ...when,
        missionUrl: `${appUrl()}/etablissement/besoins/${candidacy.missionId}`,
      },
      // TypeScript cannot tie the union's template to its props through the spread; each member of
      // ReservationEmail carries exactly its template's extra prop.
    } as Parameters<typeof enqueueEmail>[1]);
  }
}
