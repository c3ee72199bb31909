/** @jest-environment node */
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { ACCOUNT_REQUESTS_PER_IP } from '@/lib/auth/rate-limit';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';
import { submitAccountRequest } from '@/lib/account-requests/submit-account-request';
import { accountRequestSchema } from '@/lib/validation/account-request';
import { createEstablishment, createUser, ensureReferenceData } from '../factories';
import { emailsTo, freshFiness, freshIp, parseRequest, requestInput, submitRequest } from './account-requests-helpers';

// SPEC §6.1 and §2: the request, its awaiting account and email; an address already in use.

beforeAll(ensureReferenceData);

describe('accountRequestSchema', () => {
  it('normalises the FINESS and keeps the missions as the mission schema outputs them', () => {
    const finess = freshFiness();
    // As copied from a document: spaces, and the leading zero a spreadsheet drops is not at stake here.
    const data = parseRequest(requestInput({ identifier: ` ${finess.slice(0, 2)} ${finess.slice(2, 5)} ${finess.slice(5)} ` }));
    expect(data.finess).toBe(finess);
    expect(data.gid).toBeNull();
    expect(data.missions).toHaveLength(2);
    expect(data.missions[0]).toMatchObject({ requestedCount: 2, speciality: null, details: 'Service de nuit', needsWeekend: true, needsVehicle: false });
    expect(data.missions[1]).toMatchObject({ professionCode: 'DOCTOR', speciality: 'GERIATRICS', details: null });
  });

  it('refuses a FINESS with a wrong key, with the French message on the field', () => {
    const result = accountRequestSchema.safeParse(requestInput({ identifier: '310100018' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['identifier'], message: "Le numéro FINESS n'est pas valide : vérifiez les chiffres saisis." })]);
  });

  it('takes a GID instead of a FINESS for a vaccination centre', () => {
    const data = parseRequest(requestInput({ category: 'VACCINATION_CENTRE', identifier: '1234' }));
    expect(data).toMatchObject({ finess: null, gid: '1234' });
    expect(accountRequestSchema.safeParse(requestInput({ category: 'VACCINATION_CENTRE', identifier: 'ABC' })).success).toBe(false);
  });

  it('needs a mission unless « Je n\'ai pas de besoin immédiat » is ticked, and then ignores what the missions hold', () => {
    const none = accountRequestSchema.safeParse(requestInput({ missions: [] }));
    expect(none.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['missions']);
    const halfTyped = [{ startDate: '', endDate: '', professionCode: '' as 'NURSE', requestedCount: '' }];
    const invalid = accountRequestSchema.safeParse(requestInput({ missions: halfTyped }));
    expect(invalid.error?.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['missions.0.startDate', 'missions.0.professionCode']));
    expect(parseRequest(requestInput({ noImmediateNeed: true, missions: halfTyped })).missions).toEqual([]);
  });

  it('drops a speciality for a profession without specialities and refuses an unknown one', () => {
    const nurse = parseRequest(requestInput({ missions: [{ startDate: '2027-01-04', endDate: '2027-01-05', professionCode: 'NURSE', speciality: 'GERIATRICS', requestedCount: 1 }] }));
    expect(nurse.missions[0]!.speciality).toBeNull();
    const unknown = accountRequestSchema.safeParse(requestInput({ missions: [{ startDate: '2027-01-04', endDate: '2027-01-05', professionCode: 'DOCTOR', speciality: 'ASTROLOGY', requestedCount: 1 }] }));
    expect(unknown.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['missions.0.speciality']);
  });
});

describe('submitAccountRequest', () => {
  it('creates the awaiting account, the request with its missions, the email and the audit row', async () => {
    const input = requestInput({ email: `Direction-${Date.now()}@Requests.Renfort.test` });
    const outcome = await submitAccountRequest(parseRequest(input), { ip: freshIp() });
    expect(outcome.outcome).toBe('created');
    const email = input.email.toLowerCase();

    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: 'ESTABLISHMENT', status: 'AWAITING_VALIDATION', passwordHash: null, firstName: 'Claire', lastName: 'Martin', phone: '0561000000' });
    const request = await prisma.accountRequest.findUniqueOrThrow({ where: { userId: user.id } });
    expect(request).toMatchObject({ status: 'PENDING', email, regionCode: '76', finess: input.identifier, gid: null, noImmediateNeed: false });
    expect(request.missions).toEqual([
      expect.objectContaining({ professionCode: 'NURSE', requestedCount: 2, startDate: '2027-01-04', endDate: '2027-01-31' }),
      expect.objectContaining({ professionCode: 'DOCTOR', speciality: 'GERIATRICS' }),
    ]);

    const emails = await emailsTo(email);
    expect(emails.map((row) => [row.template, row.subject])).toEqual([['account-request-received', 'Demande de renfort prise en compte']]);
    expect(emails[0]!.text).toContain(email);
    expect(await prisma.auditLog.count({ where: { action: 'account-request.submitted', entityId: request.id } })).toBe(1);
    // Nothing exists yet on the establishment side: that is the ARS's « Valider ».
    expect(await prisma.establishment.count({ where: { finess: input.identifier } })).toBe(0);
  });

  it('creates nothing for an address already in use (any case) and emails its owner instead', async () => {
    const owner = await createUser('PROFESSIONAL');
    const outcome = await submitAccountRequest(parseRequest(requestInput({ email: owner.email.toUpperCase() })), { ip: freshIp() });
    expect(outcome).toEqual({ outcome: 'email-in-use' });
    expect(await prisma.accountRequest.count({ where: { email: owner.email } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { email: owner.email } })).toMatchObject({ id: owner.id, role: 'PROFESSIONAL', status: 'ACTIVE' });
    const emails = await emailsTo(owner.email);
    expect(emails.map((row) => row.template)).toEqual(['account-already-exists']);
    expect(emails[0]!.subject).toBe('Vous avez déjà un compte Renfort RH Crise');
  });

  it('treats a second request with the same address as an address in use', async () => {
    const first = await submitRequest();
    const outcome = await submitAccountRequest(parseRequest(requestInput({ email: first.email })), { ip: freshIp() });
    expect(outcome).toEqual({ outcome: 'email-in-use' });
    expect(await prisma.accountRequest.count({ where: { email: first.email } })).toBe(1);
    expect((await emailsTo(first.email)).map((row) => row.template)).toEqual(['account-request-received', 'account-already-exists']);
  });

  it('lets exactly one of several simultaneous requests with one new address through', async () => {
    const input = parseRequest(requestInput());
    // Some of them pass the lookup before the first commits: the unique index decides those.
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => submitAccountRequest(input, { ip: freshIp() })));
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(['created', 'email-in-use', 'email-in-use', 'email-in-use', 'email-in-use']);
    expect(await prisma.accountRequest.count({ where: { email: input.email } })).toBe(1);
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(1);
    const templates = (await emailsTo(input.email)).map((row) => row.template);
    expect(templates.filter((template) => template === 'account-request-received')).toHaveLength(1);
    expect(templates.filter((template) => template === 'account-already-exists')).toHaveLength(4);
  });

  it('still creates the request when the FINESS is already registered (validation will join it)', async () => {
    const establishment = await createEstablishment('76');
    const request = await submitRequest({ identifier: establishment.finess! });
    expect(request).toMatchObject({ status: 'PENDING', finess: establishment.finess });
  });

  it('stores no mission when there is no immediate need', async () => {
    const request = await submitRequest({ noImmediateNeed: true });
    expect(request).toMatchObject({ noImmediateNeed: true, missions: [] });
  });

  it('refuses an unknown postal code on its field and writes nothing', async () => {
    const input = parseRequest(requestInput({ postalCode: '00000' }));
    const failure = submitAccountRequest(input, { ip: freshIp() });
    await expect(failure).rejects.toBeInstanceOf(DomainError);
    await expect(failure).rejects.toMatchObject({ field: 'postalCode', message: ACCOUNT_REQUEST_MESSAGES.unknownPostalCode });
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(0);
    expect(await emailsTo(input.email)).toHaveLength(0);
  });

  it('takes a CEDEX postal code with its town (« 31059 Toulouse Cedex 9 »), and refuses one whose town is no commune, on the postal code', async () => {
    const request = await submitRequest({ postalCode: '31059', city: 'Toulouse Cedex 9' });
    expect(request).toMatchObject({ status: 'PENDING', postalCode: '31059', city: 'Toulouse Cedex 9' });

    const typo = parseRequest(requestInput({ postalCode: '31059', city: 'Toulouze Cedex 9' }));
    const failure = submitAccountRequest(typo, { ip: freshIp() });
    await expect(failure).rejects.toMatchObject({ field: 'postalCode', message: expect.stringMatching(/^31059 est un code postal CEDEX \(Haute-Garonne, 31\) : .*« Ville »/) });
    expect(await prisma.user.count({ where: { email: typo.email } })).toBe(0);
  });

  it('limits requests per IP', async () => {
    const ip = freshIp();
    // Refused postal codes still count: the limit is hit before anything else is looked at.
    const input = parseRequest(requestInput({ postalCode: '00000' }));
    for (let i = 0; i < ACCOUNT_REQUESTS_PER_IP.limit; i += 1) {
      await expect(submitAccountRequest(input, { ip })).rejects.toMatchObject({ message: ACCOUNT_REQUEST_MESSAGES.unknownPostalCode });
    }
    await expect(submitAccountRequest(parseRequest(requestInput()), { ip })).rejects.toMatchObject({ message: ACCOUNT_REQUEST_MESSAGES.rateLimited });
    // Another connection is not affected.
    await expect(submitAccountRequest(parseRequest(requestInput()), { ip: freshIp() })).resolves.toMatchObject({ outcome: 'created' });
  });
});
