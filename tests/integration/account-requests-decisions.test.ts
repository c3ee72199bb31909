/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { TOKEN_VALIDITY_MS } from '@/lib/auth/one-time-tokens';
import { missionScope } from '@/lib/access/scope';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';
import { listPendingAccountRequests } from '@/lib/account-requests/list-pending-account-requests';
import { refuseAccountRequest } from '@/lib/account-requests/refuse-account-request';
import { validateAccountRequest } from '@/lib/account-requests/validate-account-request';
import { actorFor, createEstablishment, createUser, ensureReferenceData } from '../factories';
import { emailsTo, freshFiness, submitRequest } from './account-requests-helpers';

// SPEC §7.1: « Valider » and « Refuser » of the ARS of the request's region (or the CCS), each in one
// transaction, each at most once.

let arsOccitanie: Actor;
let ccs: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  arsOccitanie = await actorFor((await createUser('ARS', { regionCode: '76' })).id);
  ccs = await actorFor((await createUser('CCS')).id);
});

describe('validateAccountRequest', () => {
  it('activates the account, creates the establishment, membership and missions, and sends the activation link', async () => {
    const request = await submitRequest();
    const started = Date.now();
    const outcome = await validateAccountRequest(arsOccitanie, { requestId: request.id });
    expect(outcome).toEqual({ establishmentName: request.establishmentName, joinedExisting: false, missionCount: 2 });

    const user = await prisma.user.findUniqueOrThrow({ where: { id: request.userId! }, include: { memberships: true } });
    expect(user).toMatchObject({ status: 'ACTIVE', role: 'ESTABLISHMENT', passwordHash: null });
    const establishment = await prisma.establishment.findUniqueOrThrow({ where: { finess: request.finess! } });
    // Department, region and point come from the postal code (31200 Toulouse); the rest from the request.
    expect(establishment).toMatchObject({ name: request.establishmentName, category: 'SOCIAL_ACCOMMODATION_ASSISTANCE', postalCode: '31200', departmentCode: '31', regionCode: '76', gid: null });
    expect(establishment.latitude).toBeCloseTo(43.6, 0);
    expect(establishment.longitude).toBeCloseTo(1.44, 0);
    expect(user.memberships.map((membership) => membership.establishmentId)).toEqual([establishment.id]);

    const missions = await prisma.mission.findMany({ where: { establishmentId: establishment.id }, orderBy: { startDate: 'asc' } });
    expect(missions).toHaveLength(2);
    expect(missions[0]).toMatchObject({ professionCode: 'NURSE', requestedCount: 2, status: 'OPEN', createdById: user.id, needsWeekend: true, details: 'Service de nuit', filledCount: 0 });
    expect(missions[0]!.startDate.toISOString()).toBe('2027-01-04T00:00:00.000Z');
    expect(missions[1]).toMatchObject({ professionCode: 'DOCTOR', speciality: 'GERIATRICS', vaccinationSupport: true });

    const decided = await prisma.accountRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(decided).toMatchObject({ status: 'VALIDATED', decidedById: arsOccitanie.id, refusalReason: null });
    expect(decided.decidedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);

    const emails = await emailsTo(request.email);
    expect(emails.map((row) => row.template)).toEqual(['account-request-received', 'account-activation']);
    expect(emails[1]!.html).toContain('/mot-de-passe/nouveau?token=');
    const token = await prisma.oneTimeToken.findFirstOrThrow({ where: { userId: user.id, purpose: 'ACTIVATION' } });
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeCloseTo(TOKEN_VALIDITY_MS, -4);
    expect(await prisma.auditLog.findFirst({ where: { action: 'account-request.validated', entityId: request.id } })).toMatchObject({ actorId: arsOccitanie.id });
  });

  it("places the establishment of a CEDEX address at its town: department, and the commune's point for distances", async () => {
    const request = await submitRequest({ postalCode: '34295', city: 'MONTPELLIER CEDEX 5' });
    await validateAccountRequest(arsOccitanie, { requestId: request.id });
    const establishment = await prisma.establishment.findUniqueOrThrow({ where: { finess: request.finess! } });
    expect(establishment).toMatchObject({ postalCode: '34295', city: 'MONTPELLIER CEDEX 5', departmentCode: '34', regionCode: '76' });
    expect(establishment.latitude).toBeCloseTo(43.61, 1);
    expect(establishment.longitude).toBeCloseTo(3.87, 1);
  });

  it('places the establishment in the department of the town typed when its postal code spans two (37160 Buxeuil → Vienne)', async () => {
    const request = await submitRequest({ postalCode: '37160', city: 'Buxeuil', regionCode: '75' });
    await validateAccountRequest(ccs, { requestId: request.id });
    const establishment = await prisma.establishment.findUniqueOrThrow({ where: { finess: request.finess! } });
    expect(establishment).toMatchObject({ postalCode: '37160', city: 'Buxeuil', departmentCode: '86', regionCode: '75' });
  });

  it('joins the establishment of a known FINESS: two accounts then see the same missions', async () => {
    const finess = freshFiness();
    const first = await submitRequest({ identifier: finess, noImmediateNeed: true });
    const second = await submitRequest({ identifier: finess, establishmentName: 'Autre nom saisi' });
    expect(await validateAccountRequest(arsOccitanie, { requestId: first.id })).toMatchObject({ joinedExisting: false, missionCount: 0 });
    const establishment = await prisma.establishment.findUniqueOrThrow({ where: { finess } });
    expect(await validateAccountRequest(arsOccitanie, { requestId: second.id })).toEqual({ establishmentName: establishment.name, joinedExisting: true, missionCount: 2 });

    expect(await prisma.establishment.count({ where: { finess } })).toBe(1);
    expect(await prisma.establishmentMembership.count({ where: { establishmentId: establishment.id } })).toBe(2);
    const [firstActor, secondActor] = await Promise.all([actorFor(first.userId!), actorFor(second.userId!)]);
    const seenBy = async (actor: Actor) => (await prisma.mission.findMany({ where: missionScope(actor), select: { id: true } })).map((m) => m.id).sort();
    expect(await seenBy(firstActor)).toHaveLength(2);
    expect(await seenBy(firstActor)).toEqual(await seenBy(secondActor));
  });

  it('creates one establishment when two requests for one new FINESS are validated at once', async () => {
    const finess = freshFiness();
    const requests = await Promise.all([submitRequest({ identifier: finess }), submitRequest({ identifier: finess })]);
    const outcomes = await Promise.all(requests.map((request) => validateAccountRequest(ccs, { requestId: request.id })));
    expect(outcomes.map((outcome) => outcome.joinedExisting).sort()).toEqual([false, true]);
    const establishment = await prisma.establishment.findUniqueOrThrow({ where: { finess }, include: { memberships: true, missions: true } });
    expect(establishment.memberships).toHaveLength(2);
    expect(establishment.missions).toHaveLength(4);
  });

  it("creates a vaccination centre by its GID", async () => {
    const gid = String(Date.now()).slice(-9);
    const request = await submitRequest({ category: 'VACCINATION_CENTRE', identifier: gid, noImmediateNeed: true });
    await validateAccountRequest(arsOccitanie, { requestId: request.id });
    expect(await prisma.establishment.findUniqueOrThrow({ where: { gid } })).toMatchObject({ finess: null, category: 'VACCINATION_CENTRE' });
  });

  it('creates the account of a request that has none (seeded or imported), unless the address is taken', async () => {
    const base = await submitRequest();
    // A request as the seed writes them: no awaiting account.
    await prisma.user.delete({ where: { id: base.userId! } });
    await validateAccountRequest(arsOccitanie, { requestId: base.id });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: base.email } });
    expect(user).toMatchObject({ status: 'ACTIVE', role: 'ESTABLISHMENT' });
    expect(await prisma.accountRequest.findUniqueOrThrow({ where: { id: base.id } })).toMatchObject({ userId: user.id, status: 'VALIDATED' });

    const taken = await submitRequest();
    await prisma.user.delete({ where: { id: taken.userId! } });
    await createUser('PROFESSIONAL', { email: taken.email });
    await expect(validateAccountRequest(arsOccitanie, { requestId: taken.id })).rejects.toMatchObject({ message: ACCOUNT_REQUEST_MESSAGES.emailTaken });
    // Nothing half-written: the request waits, no establishment was created.
    expect(await prisma.accountRequest.findUniqueOrThrow({ where: { id: taken.id } })).toMatchObject({ status: 'PENDING', decidedById: null });
    expect(await prisma.establishment.count({ where: { finess: taken.finess } })).toBe(0);
  });

  it('refuses to validate missions that no longer pass the mission schema, and shows them as unreadable', async () => {
    const request = await submitRequest();
    await prisma.accountRequest.update({ where: { id: request.id }, data: { missions: [{ professionCode: 'NURSE', requestedCount: 0 }] } });
    expect((await listPendingAccountRequests(arsOccitanie)).requests.find((row) => row.id === request.id)?.missions).toBeNull();
    await expect(validateAccountRequest(arsOccitanie, { requestId: request.id })).rejects.toMatchObject({ message: ACCOUNT_REQUEST_MESSAGES.unreadableMissions });
    expect(await prisma.accountRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'PENDING' });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: request.userId! } })).toMatchObject({ status: 'AWAITING_VALIDATION' });
  });

  it("lets an ARS attach accounts only to its own region's establishments; the CCS may", async () => {
    const paris = await createEstablishment('11');
    const request = await submitRequest({ identifier: paris.finess! });
    await expect(validateAccountRequest(arsOccitanie, { requestId: request.id })).rejects.toMatchObject({ message: ACCOUNT_REQUEST_MESSAGES.otherRegionEstablishment });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: request.userId! } })).toMatchObject({ status: 'AWAITING_VALIDATION' });
    expect(await prisma.mission.count({ where: { establishmentId: paris.id } })).toBe(0);
    await expect(validateAccountRequest(ccs, { requestId: request.id })).resolves.toMatchObject({ joinedExisting: true });
  });
});

describe('refuseAccountRequest', () => {
  it('records the reason, deletes the awaiting account and emails the reason; the address can ask again', async () => {
    const request = await submitRequest();
    const reason = "Le numéro FINESS ne correspond pas à l'établissement indiqué.";
    expect(await refuseAccountRequest(arsOccitanie, { requestId: request.id, reason })).toEqual({ establishmentName: request.establishmentName });

    expect(await prisma.user.findUnique({ where: { id: request.userId! } })).toBeNull();
    expect(await prisma.accountRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'REFUSED', refusalReason: reason, decidedById: arsOccitanie.id, userId: null });
    const refusal = (await emailsTo(request.email)).find((row) => row.template === 'account-request-refused');
    expect(refusal?.subject).toBe("Votre demande de compte n'a pas été retenue");
    expect(refusal?.text).toContain(reason);
    expect(await prisma.establishment.count({ where: { finess: request.finess } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: 'account-request.refused', entityId: request.id, actorId: arsOccitanie.id } })).toBe(1);

    const again = await submitRequest({ email: request.email });
    expect(again).toMatchObject({ status: 'PENDING', email: request.email });
  });
});

describe('a request is decided once', () => {
  it('refuses a second validation or a refusal after a validation, and changes nothing', async () => {
    const request = await submitRequest();
    await validateAccountRequest(arsOccitanie, { requestId: request.id });
    await expect(validateAccountRequest(ccs, { requestId: request.id })).rejects.toMatchObject({ message: ACCOUNT_REQUEST_MESSAGES.alreadyDecided });
    await expect(refuseAccountRequest(ccs, { requestId: request.id, reason: 'Trop tard' })).rejects.toMatchObject({ message: ACCOUNT_REQUEST_MESSAGES.alreadyDecided });
    expect(await prisma.accountRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'VALIDATED', decidedById: arsOccitanie.id, refusalReason: null });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: request.userId! } })).toMatchObject({ status: 'ACTIVE' });
    expect(await prisma.mission.count({ where: { establishment: { finess: request.finess } } })).toBe(2);
    expect((await emailsTo(request.email)).filter((row) => row.template === 'account-activation')).toHaveLength(1);
  });

  it('lets one of two agents clicking at once win, whatever they click', async () => {
    const request = await submitRequest();
    const results = await Promise.allSettled([
      validateAccountRequest(arsOccitanie, { requestId: request.id }),
      refuseAccountRequest(ccs, { requestId: request.id, reason: 'Doublon' }),
      validateAccountRequest(ccs, { requestId: request.id }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason).toMatchObject({ message: ACCOUNT_REQUEST_MESSAGES.alreadyDecided });
    }
    const decided = await prisma.accountRequest.findUniqueOrThrow({ where: { id: request.id } });
    const emails = (await emailsTo(request.email)).map((row) => row.template);
    if (decided.status === 'VALIDATED') {
      expect(emails.filter((template) => template === 'account-activation')).toHaveLength(1);
      expect(await prisma.mission.count({ where: { establishment: { finess: request.finess } } })).toBe(2);
    } else {
      expect(decided.status).toBe('REFUSED');
      expect(emails).not.toContain('account-activation');
    }
  });
});

describe('listPendingAccountRequests', () => {
  it('shows an ARS the pending requests of its region with their missions, the CCS all of them', async () => {
    const occitanie = await submitRequest();
    const paris = await submitRequest({ regionCode: '11', postalCode: '94000', city: 'Créteil', identifier: freshFiness('94') });
    const decided = await submitRequest();
    await refuseAccountRequest(ccs, { requestId: decided.id, reason: 'Doublon' });

    const forArs = (await listPendingAccountRequests(arsOccitanie)).requests.map((request) => request.id);
    expect(forArs).toContain(occitanie.id);
    expect(forArs).not.toContain(paris.id);
    expect(forArs).not.toContain(decided.id);
    const forCcs = (await listPendingAccountRequests(ccs)).requests.map((request) => request.id);
    expect(forCcs).toEqual(expect.arrayContaining([occitanie.id, paris.id]));

    const shown = (await listPendingAccountRequests(arsOccitanie)).requests.find((request) => request.id === occitanie.id)!;
    expect(shown.establishment).toMatchObject({ identifierKind: 'FINESS', identifier: occitanie.finess, regionName: 'Occitanie', categoryLabel: "Établissements et services sociaux d'accueil, hébergement, assistance, réadaptation" });
    expect(shown.requester).toEqual({ firstName: 'Claire', lastName: 'Martin', email: occitanie.email, phone: '0561000000' });
    expect(shown.missions).toEqual([
      expect.objectContaining({ professionLabel: 'Infirmier (IDE)', startDate: '2027-01-04', requestedCount: 2, criteria: ['Disponible week-end'] }),
      expect.objectContaining({ professionLabel: 'Médecin', specialityLabel: expect.any(String), criteria: ['Aide pour la vaccination'] }),
    ]);
    expect(shown.existingEstablishment).toBeNull();
  });

  it('says when the FINESS is already registered, naming it only within the actor\'s scope', async () => {
    const toulouse = await createEstablishment('76');
    const creteil = await createEstablishment('11');
    const joinsOwn = await submitRequest({ identifier: toulouse.finess! });
    const joinsOther = await submitRequest({ identifier: creteil.finess! });
    const queue = (await listPendingAccountRequests(arsOccitanie)).requests;
    expect(queue.find((request) => request.id === joinsOwn.id)?.existingEstablishment).toEqual({ name: toulouse.name });
    expect(queue.find((request) => request.id === joinsOther.id)?.existingEstablishment).toBe('OTHER_REGION');
  });

  it('shows nothing to the other roles', async () => {
    for (const role of ['PROFESSIONAL', 'ESTABLISHMENT', 'RPPS_MANAGER'] as const) {
      const actor = await actorFor((await createUser(role)).id);
      expect(await listPendingAccountRequests(actor)).toEqual({ total: 0, requests: [] });
    }
  });
});
