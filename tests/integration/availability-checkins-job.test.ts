/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { getActor } from '@/lib/auth/session';
import { DomainError, NotFoundError } from '@/lib/errors';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { dueVolunteersSql, sendAvailabilityCheckins } from '@/lib/jobs/availability-checkins';
import { confirmOwnAvailability, getOwnRecord, saveOwnPeriods, setOwnAvailability, updateOwnRecord } from '@/lib/professionals/own';
import { getNationalSettings, updateCheckinPeriod } from '@/lib/regulation/national-settings';
import { checkinPeriodSchema } from '@/lib/regulation/schemas';
import { professionalRecordSchema } from '@/lib/validation/professional';
import { saveCheckinPeriodAction } from '@/app/(regulation)/_actions/settings';
import { actorFor, createCandidacy, createEstablishment, createMission, createUser } from '../factories';
import { checkinEmails, checkinLinks, checkinVolunteer, checkinYear, confirmationOf } from './checkins-support';
import { queryPlan } from './query-plan-support';

// « Êtes-vous toujours disponible ? » (SPEC §5.2): who the job asks, when, with what, how often, under
// the period the CCS sets — and that two servers running it at once send one email per volunteer. The
// national period is changed by this file only (the other check-in files use confirmations old enough
// for any period), and put back after each test.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

afterEach(async () => {
  await prisma.nationalSettings.update({ where: { id: 1 }, data: { checkinPeriodDays: 14 } });
});

describe('the check-in job', () => {
  it('asks every Disponible volunteer silent for 14 days, and nobody else', async () => {
    const year = checkinYear(2011);
    const now = year.at(2, 1);
    const due = await checkinVolunteer(year);
    const recent = await checkinVolunteer(year, { confirmedAt: year.at(1, 25) });
    const switchedOff = await checkinVolunteer(year, { available: false });
    const periodsOver = await checkinVolunteer(year, { periods: [{ startDate: year.day(1, 1), endDate: year.day(1, 20) }] });
    const disabled = await checkinVolunteer(year);
    await prisma.user.update({ where: { id: disabled.user.id }, data: { status: 'DISABLED' } });
    const establishment = await createEstablishment('76');
    const mission = await createMission(establishment.id, { startDate: year.day(1, 15), endDate: year.day(3, 31) });
    const held = [];
    for (const status of ['PROPOSED', 'CONTACTED', 'ASSIGNED'] as const) {
      const volunteer = await checkinVolunteer(year);
      await createCandidacy({ professionalId: volunteer.professional.id, missionId: mission.id, status, proposedAt: year.at(1, 12), contactedAt: year.at(1, 13) });
      held.push(volunteer);
    }

    expect(await sendAvailabilityCheckins(now)).toBe(1);

    const [email, ...more] = await checkinEmails(due.user.email);
    expect(more).toEqual([]);
    expect(email!.subject).toBe('Êtes-vous toujours disponible ?');
    expect(email!.text).toContain('pour la dernière fois le 10 janvier 2011');
    const { yes, no, token } = checkinLinks(email!.html);
    expect(yes.pathname).toBe('/disponibilite');
    expect(yes.searchParams.get('reponse')).toBe('oui');
    expect(no.searchParams.get('reponse')).toBe('non');
    // One token for both links: one answer uses up the check-in. Valid 7 days (the link rows themselves
    // are not read here: the cleanup job, run meanwhile by the cron route's test at the real date, deletes
    // a past year's links; availability-checkins-answer.test.ts checks them at the real date).
    expect(no.searchParams.get('jeton')).toBe(token);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(email!.text.replace(/\s+/g, ' ')).toContain("jusqu'au 8 février 2011 à 07:00");
    expect((await confirmationOf(due.professional.id)).availabilityCheckinSentAt).toEqual(now);
    expect(await prisma.auditLog.count({ where: { entityId: due.professional.id, action: 'professional.checkin-sent' } })).toBe(1);

    for (const other of [recent, switchedOff, periodsOver, disabled, ...held]) {
      expect(await checkinEmails(other.user.email)).toEqual([]);
      expect((await confirmationOf(other.professional.id)).availabilityCheckinSentAt).toBeNull();
    }
  });

  it('sends nothing on a second run the same day, and repeats an unanswered check-in once it is a period old, with new links', async () => {
    const year = checkinYear(2012);
    const volunteer = await checkinVolunteer(year);
    expect(await sendAvailabilityCheckins(year.at(2, 1, 6))).toBe(1);
    expect(await sendAvailabilityCheckins(year.at(2, 1, 6))).toBe(0);
    expect(await sendAvailabilityCheckins(year.at(2, 1, 18))).toBe(0);
    // Not before the period has passed since the unanswered check-in.
    expect(await sendAvailabilityCheckins(year.at(2, 14, 18))).toBe(0);
    expect(await checkinEmails(volunteer.user.email)).toHaveLength(1);

    expect(await sendAvailabilityCheckins(year.at(2, 15, 6))).toBe(1);
    const [first, second] = await checkinEmails(volunteer.user.email);
    expect(second).toBeDefined();
    // New links (issueToken cancels the previous ones: availability-checkins-answer.test.ts).
    expect(checkinLinks(second!.html).token).not.toBe(checkinLinks(first!.html).token);
    expect((await confirmationOf(volunteer.professional.id)).availabilityCheckinSentAt).toEqual(year.at(2, 15, 6));
  });

  it('gives one email per volunteer when two or three servers run it at the same time', async () => {
    const year = checkinYear(2014);
    const volunteers = [];
    for (let i = 0; i < 6; i += 1) volunteers.push(await checkinVolunteer(year));
    const now = year.at(3, 1);
    const counts = await Promise.all([sendAvailabilityCheckins(now), sendAvailabilityCheckins(now), sendAvailabilityCheckins(now)]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(6);
    for (const volunteer of volunteers) {
      expect(await checkinEmails(volunteer.user.email)).toHaveLength(1);
      expect(await prisma.auditLog.count({ where: { entityId: volunteer.professional.id, action: 'professional.checkin-sent' } })).toBe(1);
    }
  });

  it('counts the switch, the periods, « Ma fiche » and « Je suis toujours disponible » as confirmations', async () => {
    const year = checkinYear(2015);
    const [switched, periods, record, confirmed, silent] = await Promise.all(Array.from({ length: 5 }, () => checkinVolunteer(year)));
    const acted = year.at(1, 25);
    await setOwnAvailability(await actorFor(switched!.user.id), true, acted);
    await saveOwnPeriods(await actorFor(periods!.user.id), { periods: [{ startDate: '2015-01-01', endDate: '2015-12-31' }] }, acted);
    await confirmOwnAvailability(await actorFor(confirmed!.user.id), acted);
    const recordActor = await actorFor(record!.user.id);
    await updateOwnRecord(recordActor, professionalRecordSchema.parse((await getOwnRecord(recordActor)).values));

    for (const volunteer of [switched!, periods!, confirmed!]) expect((await confirmationOf(volunteer.professional.id)).availabilityConfirmedAt).toEqual(acted);
    // « Ma fiche » is saved at the real date: later than anything of 2015.
    expect((await confirmationOf(record!.professional.id)).availabilityConfirmedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await prisma.auditLog.count({ where: { entityId: confirmed!.professional.id, action: 'professional.availability-confirmed' } })).toBe(1);

    expect(await sendAvailabilityCheckins(year.at(2, 1))).toBe(1);
    expect(await checkinEmails(silent!.user.email)).toHaveLength(1);
    // 14 days after what they did, they are asked in turn.
    expect(await sendAvailabilityCheckins(year.at(2, 8, 18))).toBe(3);
  });

  it('reads the volunteers due from its partial index, not from every row (professionals_checkin_due_idx)', async () => {
    const now = new Date(Date.UTC(2011, 5, 1));
    // Its expression and its predicate must match the query's for the index to answer at all.
    const plan = await queryPlan(dueVolunteersSql(new Date(now.getTime() - 14 * 86_400_000), new Date(Date.UTC(2011, 5, 1))));
    expect(plan).toContain('professionals_checkin_due_idx');
  });
});

describe('the period set by the CCS', () => {
  it('is the one the job applies', async () => {
    const year = checkinYear(2013);
    const ccs = await actorFor((await createUser('CCS')).id);
    expect(await updateCheckinPeriod(ccs, { checkinPeriodDays: 30 })).toEqual({ checkinPeriodDays: 30 });
    const volunteer = await checkinVolunteer(year);
    // 22 days after their confirmation: due under the default 14 days, not under 30.
    expect(await sendAvailabilityCheckins(year.at(2, 1))).toBe(0);
    expect(await sendAvailabilityCheckins(year.at(2, 9, 5))).toBe(0);
    expect(await sendAvailabilityCheckins(year.at(2, 9, 7))).toBe(1);
    expect(await checkinEmails(volunteer.user.email)).toHaveLength(1);
  });

  it('is 7 to 90 days, in the form and in the domain, set by the CCS alone and logged', async () => {
    const ccs = await actorFor((await createUser('CCS')).id);
    for (const days of [6, 91, 1.5, -3]) {
      expect(checkinPeriodSchema.safeParse({ checkinPeriodDays: days }).success).toBe(false);
      await expect(updateCheckinPeriod(ccs, { checkinPeriodDays: days })).rejects.toBeInstanceOf(DomainError);
    }
    const empty = checkinPeriodSchema.safeParse({ checkinPeriodDays: '' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('La période est d’au moins 7 jours (la durée de validité des liens).');
    expect(checkinPeriodSchema.parse({ checkinPeriodDays: '21' })).toEqual({ checkinPeriodDays: 21 });

    await updateCheckinPeriod(ccs, { checkinPeriodDays: 7 });
    await updateCheckinPeriod(ccs, { checkinPeriodDays: 90 });
    const log = await prisma.auditLog.findMany({ where: { actorId: ccs.id, action: 'national-settings.checkin-period' }, orderBy: { id: 'asc' } });
    expect(log.map((entry) => [entry.entityType, entry.details])).toEqual([
      ['NationalSettings', { from: 14, to: 7 }],
      ['NationalSettings', { from: 7, to: 90 }],
    ]);
    // The journal of an ARS never shows it: a national row (decision 026).
    expect(log.every((entry) => entry.regionCode === null)).toBe(true);

    const establishment = await createEstablishment('76');
    const others: [Role, { regionCode?: string; establishmentIds?: string[] }][] = [
      ['ARS', { regionCode: '76' }],
      ['ESTABLISHMENT', { establishmentIds: [establishment.id] }],
      ['RPPS_MANAGER', { establishmentIds: [establishment.id] }],
      ['PROFESSIONAL', {}],
    ];
    for (const [role, options] of others) {
      const actor = await actorFor((await createUser(role, options)).id);
      await expect(updateCheckinPeriod(actor, { checkinPeriodDays: 30 })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await prisma.nationalSettings.findUniqueOrThrow({ where: { id: 1 } })).checkinPeriodDays).toBe(90);
  });

  it('is read by the regulators only', async () => {
    const ars = await actorFor((await createUser('ARS', { regionCode: '11' })).id);
    expect(await getNationalSettings(ars)).toEqual({ checkinPeriodDays: 14 });
    const establishment = await createEstablishment('76');
    const account = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })).id);
    expect(await getNationalSettings(account)).toBeNull();
  });

  describe('through its server action', () => {
    const ROLES: Role[] = ['PROFESSIONAL', 'ESTABLISHMENT', 'RPPS_MANAGER', 'ARS'];

    it.each([['no session', null], ...ROLES.map((role) => [role, role])] as [string, Role | null][])('answers « Élément introuvable. » to %s and changes nothing', async (_who, role) => {
      const establishment = await createEstablishment('76');
      mockedGetActor.mockResolvedValue(
        role ? await actorFor((await createUser(role, { regionCode: '76', establishmentIds: role === 'ESTABLISHMENT' || role === 'RPPS_MANAGER' ? [establishment.id] : undefined })).id) : null,
      );
      expect(await saveCheckinPeriodAction({ checkinPeriodDays: 30 })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
      expect((await prisma.nationalSettings.findUniqueOrThrow({ where: { id: 1 } })).checkinPeriodDays).toBe(14);
    });

    it('saves for the CCS, with the field’s French message when out of bounds', async () => {
      mockedGetActor.mockResolvedValue(await actorFor((await createUser('CCS')).id));
      expect(await saveCheckinPeriodAction({ checkinPeriodDays: 3 })).toEqual({
        ok: false,
        fieldErrors: { checkinPeriodDays: 'La période est d’au moins 7 jours (la durée de validité des liens).' },
      });
      expect(await saveCheckinPeriodAction({ checkinPeriodDays: 21 })).toEqual({ ok: true, data: { checkinPeriodDays: 21 } });
      expect((await prisma.nationalSettings.findUniqueOrThrow({ where: { id: 1 } })).checkinPeriodDays).toBe(21);
    });
  });
});
