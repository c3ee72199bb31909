import 'server-only';
import { AREAS } from '@/lib/access/roles';
import type { TransactionClient } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import { formatDay } from '@/lib/dates/format';
import type { Prisma } from '@/lib/generated/prisma/client';

// « Un renfort n'est plus disponible pour votre mission » (SPEC §5.2, §9): a volunteer freed a reservation
// (« Contacté ») or an ARS/CCS proposal (« En cours ») themself. The establishment's active accounts are
// told, and the agent who pushed them while their account is active. Two ways lead here, each in its own
// transaction: « Je ne suis pas disponible pour cette mission » and deleting one's account (decision 013);
// the email is the same, so an account deletion reads as what it is for the mission: a withdrawal.

/** What the email needs of the candidacy, for a Prisma `select`. */
export const DECLINED_EMAILS_SELECT = {
  missionId: true,
  status: true,
  proposedBy: { select: { email: true, firstName: true, role: true, status: true } },
  professional: { select: { user: { select: { firstName: true, lastName: true } } } },
  mission: {
    select: {
      startDate: true,
      endDate: true,
      profession: { select: { label: true } },
      establishment: {
        select: {
          name: true,
          memberships: { where: { user: { role: 'ESTABLISHMENT', status: 'ACTIVE' } }, select: { user: { select: { email: true, firstName: true } } } },
        },
      },
    },
  },
} satisfies Prisma.CandidacySelect;

export type DeclinedCandidacy = Prisma.CandidacyGetPayload<{ select: typeof DECLINED_EMAILS_SELECT }>;

/** Queues the emails, in the caller's transaction, for a candidacy that was « En cours » or « Contacté ». */
export async function enqueueDeclinedEmails(tx: TransactionClient, candidacy: DeclinedCandidacy, declinedAt: Date): Promise<void> {
  const { mission } = candidacy;
  const common = {
    volunteerName: `${candidacy.professional.user.firstName} ${candidacy.professional.user.lastName}`,
    establishmentName: mission.establishment.name,
    missionLabel: `${mission.profession.label} du ${formatDay(mission.startDate)} au ${formatDay(mission.endDate)}`,
    wasContacted: candidacy.status === 'CONTACTED',
    declinedAt,
  };
  for (const { user } of mission.establishment.memberships) {
    await enqueueEmail(tx, {
      to: user.email,
      template: 'candidacy-declined',
      props: { ...common, firstName: user.firstName, recipient: 'establishment', missionUrl: `${appUrl()}/etablissement/besoins/${candidacy.missionId}` },
    });
  }
  // The agent who pushed them follows the proposals they made (SPEC §5.2), while their account is active.
  const pusher = candidacy.proposedBy;
  if (pusher && pusher.status === 'ACTIVE' && (pusher.role === 'ARS' || pusher.role === 'CCS')) {
    await enqueueEmail(tx, {
      to: pusher.email,
      template: 'candidacy-declined',
      props: { ...common, firstName: pusher.firstName, recipient: 'regulator', missionUrl: `${appUrl()}${AREAS[pusher.role].prefix}/missions/${candidacy.missionId}` },
    });
  }
}
