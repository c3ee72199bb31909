import 'server-only';
import { prisma } from '@/lib/db';
import { writeAudit } from '@/lib/audit';
import { consumeToken, inspectToken, type TokenState } from '@/lib/auth/one-time-tokens';
import { switchAvailability } from '@/lib/professionals/own/availability';
import { CHECKIN_PURPOSES, type CheckinAnswer } from './links';

// The answer to « Êtes-vous toujours disponible ? » (SPEC §5.2), without signing in: the link is the
// proof, as for an email change. One answer uses up the check-in — both links share one token — and a
// link of any other purpose (activation, reset, email change) is « unknown » here, as these links are
// there (lib/auth/one-time-tokens.ts). « Oui » records the date of the confirmation; « Je ne suis plus
// disponible » is the switch of their area set to Indisponible (which records the date too).

/** What the page shows before the click: opening a link changes nothing (mail scanners open links). */
export async function describeCheckinLink(token: string, now = new Date()): Promise<TokenState> {
  return (await inspectToken(prisma, token, now, CHECKIN_PURPOSES)).state;
}

export type CheckinOutcome =
  | { recorded: true; answer: CheckinAnswer; /** The switch after the answer: « Oui » leaves an Indisponible switch as it is. */ available: boolean }
  | { recorded: false; state: Exclude<TokenState, 'valid'> };

export async function answerCheckin(token: string, answer: CheckinAnswer, now = new Date()): Promise<CheckinOutcome> {
  return prisma.$transaction(async (tx) => {
    // The conditional update of consumeToken: of two clicks at once (or both links), one only gets here.
    const consumed = await consumeToken(tx, token, now, CHECKIN_PURPOSES);
    if (!consumed) {
      const { state } = await inspectToken(tx, token, now, CHECKIN_PURPOSES);
      return { recorded: false, state: state === 'valid' ? 'used' : state };
    }
    // A disabled or anonymised account answers nothing: the link is spent and says so, as an unknown one.
    const professional = await tx.professional.findFirst({
      where: { userId: consumed.userId, user: { status: 'ACTIVE', anonymisedAt: null } },
      select: { id: true, available: true },
    });
    if (!professional) return { recorded: false, state: 'unknown' };
    if (answer === 'non') {
      await switchAvailability(tx, { professionalId: professional.id, actorId: consumed.userId, available: false, now, fromCheckin: true });
      return { recorded: true, answer, available: false };
    }
    await tx.professional.update({ where: { id: professional.id }, data: { availabilityConfirmedAt: now } });
    await writeAudit(tx, { actorId: consumed.userId, action: 'professional.checkin-confirmed', entityType: 'Professional', entityId: professional.id });
    return { recorded: true, answer, available: professional.available };
  });
}
