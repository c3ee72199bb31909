/** @jest-environment node */
import { prisma } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { issueToken } from '@/lib/auth/one-time-tokens';
import { describeToken, setPasswordWithToken } from '@/lib/auth/password-flows';
import { confirmEmailChange, describeEmailChangeLink } from '@/lib/my-account/email-change';
import { answerCheckin, describeCheckinLink } from '@/lib/professionals/checkin/answer';
import { getOwnDashboard } from '@/lib/professionals/own';
import { answerCheckinAction } from '@/app/(public)/disponibilite/actions';
import CheckinPage from '@/app/(public)/disponibilite/page';
import { renderToStaticMarkup } from 'react-dom/server';
import { CHECKIN_LINK_VALIDITY_MS } from '@/lib/professionals/checkin/links';
import { actorFor, createProfessional, createUser } from '../factories';
import { confirmationOf } from './checkins-support';

// The answers to « Êtes-vous toujours disponible ? » (SPEC §5.2): « Oui » records the date, « Je ne suis
// plus disponible » is the switch set to Indisponible; one answer uses up both links; a link used twice,
// late, or of another purpose changes nothing; and the other links (activation, reset, email change)
// never accept a check-in token. The links are issued here as the job issues them (its emails and links
// are tested in availability-checkins-job.test.ts), at the real date: the cleanup job, which the cron
// route's test runs meanwhile, deletes the links expired for 30 days, and would take a past year's away.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

const DAY_MS = 86_400_000;

/** Disponible volunteers asked now, each with the token of their check-in (purpose, 7 days, as the job). */
async function asked(count = 1) {
  const sentAt = new Date();
  const volunteers = [];
  for (let i = 0; i < count; i += 1) {
    const volunteer = await createProfessional();
    volunteers.push({ ...volunteer, token: await issueToken(prisma, volunteer.user.id, 'AVAILABILITY_CHECKIN', sentAt, CHECKIN_LINK_VALIDITY_MS) });
  }
  return { volunteers, sentAt };
}

beforeEach(() => {
  mockedGetActor.mockReset();
});

describe('answering a check-in', () => {
  it('« Oui » records the date of the confirmation, uses up both links, and is logged', async () => {
    const { volunteers: [volunteer], sentAt } = await asked();
    const answeredAt = new Date(sentAt.getTime() + 2 * DAY_MS);
    expect(await answerCheckin(volunteer!.token, 'oui', answeredAt)).toEqual({ recorded: true, answer: 'oui', available: true });
    expect(await confirmationOf(volunteer!.professional.id)).toMatchObject({ available: true, availabilityConfirmedAt: answeredAt });
    expect(await prisma.auditLog.count({ where: { entityId: volunteer!.professional.id, action: 'professional.checkin-confirmed', actorId: volunteer!.user.id } })).toBe(1);

    // The same link, or the other one: « déjà utilisé », nothing changes.
    const later = new Date(answeredAt.getTime() + 3600_000);
    expect(await describeCheckinLink(volunteer!.token, later)).toBe('used');
    expect(await answerCheckin(volunteer!.token, 'non', later)).toEqual({ recorded: false, state: 'used' });
    expect(await answerCheckin(volunteer!.token, 'oui', later)).toEqual({ recorded: false, state: 'used' });
    expect(await confirmationOf(volunteer!.professional.id)).toMatchObject({ available: true, availabilityConfirmedAt: answeredAt });
    // Its own area shows the date.
    expect((await getOwnDashboard(await actorFor(volunteer!.user.id))).availabilityConfirmedAt).toEqual(answeredAt);
  });

  it('« Je ne suis plus disponible » switches them Indisponible, as the switch of their area does', async () => {
    const { volunteers: [volunteer], sentAt } = await asked();
    const answeredAt = new Date(sentAt.getTime() + DAY_MS);
    expect(await answerCheckin(volunteer!.token, 'non', answeredAt)).toEqual({ recorded: true, answer: 'non', available: false });
    expect(await confirmationOf(volunteer!.professional.id)).toMatchObject({ available: false, availabilityConfirmedAt: answeredAt });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: volunteer!.professional.id, action: 'professional.availability' } });
    expect(audit).toMatchObject({ actorId: volunteer!.user.id, details: { available: false, checkin: true } });
    const dashboard = await getOwnDashboard(await actorFor(volunteer!.user.id));
    expect(dashboard.status).toBe('INDISPONIBLE');
    expect(await answerCheckin(volunteer!.token, 'oui', answeredAt)).toEqual({ recorded: false, state: 'used' });
  });

  it('works for 7 days, then says the link expired and changes nothing', async () => {
    const { volunteers: [early, late] } = await asked(2);
    const stored = await prisma.oneTimeToken.findFirstOrThrow({ where: { userId: late!.user.id, purpose: 'AVAILABILITY_CHECKIN' } });
    const justBefore = new Date(stored.expiresAt.getTime() - 1000);
    expect(await describeCheckinLink(early!.token, justBefore)).toBe('valid');
    expect(await answerCheckin(early!.token, 'oui', justBefore)).toMatchObject({ recorded: true });

    const justAfter = new Date(stored.expiresAt.getTime() + 1000);
    const before = await confirmationOf(late!.professional.id);
    expect(await describeCheckinLink(late!.token, justAfter)).toBe('expired');
    expect(await answerCheckin(late!.token, 'non', justAfter)).toEqual({ recorded: false, state: 'expired' });
    expect(await confirmationOf(late!.professional.id)).toEqual(before);
  });

  it('records one answer when both links are followed at once', async () => {
    const { volunteers, sentAt } = await asked(3);
    const at = new Date(sentAt.getTime() + 3600_000);
    for (const volunteer of volunteers) {
      const outcomes = await Promise.all([answerCheckin(volunteer.token, 'oui', at), answerCheckin(volunteer.token, 'non', at), answerCheckin(volunteer.token, 'oui', at)]);
      expect(outcomes.filter((outcome) => outcome.recorded)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.recorded)).toEqual([{ recorded: false, state: 'used' }, { recorded: false, state: 'used' }]);
      const answers = await prisma.auditLog.count({
        where: { entityId: volunteer.professional.id, OR: [{ action: 'professional.checkin-confirmed' }, { action: 'professional.availability' }] },
      });
      expect(answers).toBe(1);
    }
  });

  it('a new check-in cancels the links of the previous one', async () => {
    const { volunteers: [volunteer] } = await asked();
    const next = await issueToken(prisma, volunteer!.user.id, 'AVAILABILITY_CHECKIN', new Date(), CHECKIN_LINK_VALIDITY_MS);
    expect(await describeCheckinLink(volunteer!.token)).toBe('used');
    expect(await answerCheckin(volunteer!.token, 'non')).toEqual({ recorded: false, state: 'used' });
    expect(await describeCheckinLink(next)).toBe('valid');
    expect(await confirmationOf(volunteer!.professional.id)).toMatchObject({ available: true });
  });

  it('an unknown, cut or spent-account link is « not valid » and changes nothing', async () => {
    expect(await describeCheckinLink('not-a-real-token-at-all-0000000000')).toBe('unknown');
    expect(await answerCheckin('not-a-real-token-at-all-0000000000', 'non')).toEqual({ recorded: false, state: 'unknown' });
    // A disabled account's link answers nothing (and is spent).
    const { user, professional } = await createProfessional();
    const token = await issueToken(prisma, user.id, 'AVAILABILITY_CHECKIN');
    await prisma.user.update({ where: { id: user.id }, data: { status: 'DISABLED' } });
    expect(await answerCheckin(token, 'non')).toEqual({ recorded: false, state: 'unknown' });
    expect(await confirmationOf(professional.id)).toMatchObject({ available: true });
  });
});

describe('the purposes of links', () => {
  it('a check-in link sets no password and confirms no email', async () => {
    const { user } = await createProfessional();
    await prisma.user.update({ where: { id: user.id }, data: { pendingEmail: `nouvelle-${user.id.slice(0, 8)}@tests.renfort.test` } });
    const token = await issueToken(prisma, user.id, 'AVAILABILITY_CHECKIN');
    expect(await describeToken(token)).toBe('unknown');
    expect(await setPasswordWithToken(token, 'Un-Mot-De-Passe-Solide-2026!')).toEqual({ ok: false, state: 'unknown' });
    expect(await describeEmailChangeLink(token)).toBe('unknown');
    expect(await confirmEmailChange(token, undefined)).toEqual({ ok: false, reason: 'unknown' });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ passwordHash: null, email: user.email });
    // Still good for what it is.
    expect(await describeCheckinLink(token)).toBe('valid');
  });

  it('an activation, reset or email-change link answers no check-in', async () => {
    const { user, professional } = await createProfessional();
    for (const purpose of ['ACTIVATION', 'PASSWORD_RESET', 'EMAIL_CHANGE'] as const) {
      const token = await issueToken(prisma, user.id, purpose);
      expect(await describeCheckinLink(token)).toBe('unknown');
      expect(await answerCheckin(token, 'non')).toEqual({ recorded: false, state: 'unknown' });
      expect(await prisma.oneTimeToken.count({ where: { userId: user.id, purpose, usedAt: null } })).toBe(1);
    }
    expect(await confirmationOf(professional.id)).toMatchObject({ available: true });
  });
});

describe('the public action of the page', () => {
  it('answers for whoever holds the link, signed in or not, and reports a spent link as an outcome', async () => {
    // Issued at the real date: the action answers at the real date.
    const { user, professional } = await createProfessional();
    const volunteer = { token: await issueToken(prisma, user.id, 'AVAILABILITY_CHECKIN', new Date(), CHECKIN_LINK_VALIDITY_MS), professional };
    // Signed in as somebody else: the link decides whose availability it is, not the session.
    mockedGetActor.mockResolvedValue(await actorFor((await createUser('CCS')).id));
    expect(await answerCheckinAction({ token: volunteer.token, answer: 'non' })).toEqual({ ok: true, data: { recorded: true, answer: 'non', available: false } });
    mockedGetActor.mockResolvedValue(null);
    expect(await answerCheckinAction({ token: volunteer.token, answer: 'oui' })).toEqual({ ok: true, data: { recorded: false, state: 'used' } });
    expect(await confirmationOf(volunteer.professional.id)).toMatchObject({ available: false });
    expect(await answerCheckinAction({ token: 'court', answer: 'oui' })).toEqual({ ok: false, fieldErrors: { token: 'Lien invalide.' } });
    expect(await answerCheckinAction({ token: volunteer.token, answer: 'peut-être' as 'oui' })).toEqual({ ok: false, fieldErrors: { answer: 'Réponse invalide.' } });
  });
});

describe('the page a link opens', () => {
  const page = async (params: { jeton?: string; reponse?: string }) => renderToStaticMarkup(await CheckinPage({ searchParams: Promise.resolve(params) }));

  it('asks for the click of a valid link (opening it changes nothing), and answers a used, expired or unknown one kindly', async () => {
    const { user, professional } = await createProfessional();
    const token = await issueToken(prisma, user.id, 'AVAILABILITY_CHECKIN', new Date(), CHECKIN_LINK_VALIDITY_MS);
    const valid = await page({ jeton: token, reponse: 'oui' });
    expect(valid).toContain('Oui, toujours disponible</button>');
    expect(valid).toContain(`reponse=non`);
    expect(await page({ jeton: token, reponse: 'non' })).toContain('Je ne suis plus disponible</button>');
    // A link without its answer offers both.
    expect(await page({ jeton: token })).toContain(`href="/disponibilite?jeton=${encodeURIComponent(token)}&amp;reponse=oui"`);
    expect(await describeCheckinLink(token)).toBe('valid');
    expect(await confirmationOf(professional.id)).toMatchObject({ available: true });

    await answerCheckin(token, 'oui');
    for (const reponse of ['oui', 'non']) {
      const used = await page({ jeton: token, reponse });
      expect(used).toContain('Vous avez déjà répondu');
      expect(used).toContain('href="/connexion"');
      expect(used).not.toContain('</button>');
      expect(used).not.toContain('role="alert"');
    }

    const old = await issueToken(prisma, user.id, 'AVAILABILITY_CHECKIN', new Date(Date.now() - 8 * DAY_MS), CHECKIN_LINK_VALIDITY_MS);
    expect(await page({ jeton: old, reponse: 'non' })).toContain('Ce lien a expiré');
    expect(await page({ jeton: 'inconnu-0000000000000000000000', reponse: 'oui' })).toContain('Ce lien n’est pas valide');
    expect(await page({})).toContain('Ce lien n’est pas valide');
  });
});
