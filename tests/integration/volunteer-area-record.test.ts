/** @jest-environment node */
import { updateRecordAction } from '@/app/(professional)/professionnel/fiche/actions';
import { getActor } from '@/lib/auth/session';
import { getOwnRecord, isRppsVerified, updateOwnRecord, type RecordFormValues } from '@/lib/professionals/own';
import { DomainError, NotFoundError } from '@/lib/errors';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { prisma } from '@/lib/db';
import { generateRppsNumber } from '@/lib/identifiers/rpps';
import { professionalRecordSchema } from '@/lib/validation/professional';
import { OTHER_ROLES, createOtherRoleActors, createVolunteer } from './volunteer-area-support';

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const signedInAs = jest.mocked(getActor);

let others: Awaited<ReturnType<typeof createOtherRoleActors>>;
beforeAll(async () => {
  others = await createOtherRoleActors();
});

/** A directory entry, as the RPPS+ portal will create them. */
async function createRppsRecord(): Promise<string> {
  const rppsNumber = generateRppsNumber(100_000_000 + Math.floor(Math.random() * 800_000_000));
  await prisma.rppsRecord.create({
    data: {
      rppsNumber,
      civility: 'MRS',
      sex: 'FEMALE',
      birthLastName: `Test-${rppsNumber}`, // the identity is unique (issue 10 §3)
      firstNames: 'Anne',
      birthDate: new Date(Date.UTC(1980, 0, 1)),
      birthCountry: 'FR',
      birthCommuneName: 'Toulouse',
      email: 'anne@exemple.test',
      practiceLastName: 'Test',
      practiceFirstName: 'Anne',
    },
  });
  return rppsNumber;
}

function edited(values: RecordFormValues, changes: Partial<RecordFormValues>) {
  return professionalRecordSchema.parse({ ...values, ...changes });
}

describe('getOwnRecord', () => {
  it('gives the saved values in the form’s shape, and the email apart', async () => {
    const volunteer = await createVolunteer();
    const record = await getOwnRecord(volunteer.actor);
    expect(record.email).toBe(volunteer.email);
    expect(record.rppsVerified).toBe(false);
    expect(record.values).toMatchObject({ lastName: 'Renfort', firstName: 'Alex', postalCode: '31000', identifierType: 'NONE', identifierNumber: '', comment: '' });
    // The form resets to exactly these values: they must pass the form's own schema.
    expect(professionalRecordSchema.safeParse(record.values).success).toBe(true);
  });

  it('answers not found to every other role', async () => {
    for (const role of OTHER_ROLES) await expect(getOwnRecord(others[role])).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('updateOwnRecord', () => {
  it('saves every field but the email and recomputes department and point from the postal code', async () => {
    const volunteer = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    const saved = await updateOwnRecord(
      volunteer.actor,
      edited(values, {
        lastName: 'Durand',
        phone: '06 12 34 56 78',
        postalCode: '34000',
        city: 'Montpellier',
        comment: 'Disponible la nuit.',
        professionCode: 'DOCTOR',
        speciality: 'CARDIOLOGY',
        identifierType: 'ADELI',
        identifierNumber: '123456789',
        availableWeekends: true,
        mobilisation: 'NATIONAL',
      }),
    );
    expect(saved.values).toMatchObject({ lastName: 'Durand', phone: '0612345678', postalCode: '34000', comment: 'Disponible la nuit.', speciality: 'CARDIOLOGY' });
    const row = await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId }, include: { user: true } });
    expect(row).toMatchObject({ departmentCode: '34', city: 'Montpellier', identifierNumber: '123456789', mobilisation: 'NATIONAL' });
    expect(row.longitude).toBeCloseTo(3.87, 0);
    expect(row.latitude).toBeCloseTo(43.6, 0);
    expect(row.user).toMatchObject({ lastName: 'Durand', email: volunteer.email });
  });

  it('takes the department of the town typed when the postal code spans two, and refuses a CEDEX code', async () => {
    const volunteer = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    await updateOwnRecord(volunteer.actor, edited(values, { postalCode: '37160', city: 'Buxeuil' }));
    expect(await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId } })).toMatchObject({ postalCode: '37160', departmentCode: '86' });
    await updateOwnRecord(volunteer.actor, edited(values, { postalCode: '37160', city: 'Descartes' }));
    expect(await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId } })).toMatchObject({ departmentCode: '37' });
    await expect(updateOwnRecord(volunteer.actor, edited(values, { postalCode: '31059', city: 'Toulouse' }))).rejects.toEqual(expect.objectContaining({ field: 'postalCode' }));
  });

  it('refuses an unknown postal code as a field error and changes nothing', async () => {
    const volunteer = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    const attempt = updateOwnRecord(volunteer.actor, edited(values, { postalCode: '00000', phone: '0699999999' }));
    await expect(attempt).rejects.toEqual(expect.objectContaining({ field: 'postalCode' }));
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    expect((await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId } })).phone).toBe('0600000000');
  });

  it('drops a speciality when the profession has none', async () => {
    const volunteer = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    const saved = await updateOwnRecord(volunteer.actor, edited(values, { professionCode: 'NURSE', speciality: 'CARDIOLOGY' }));
    expect(saved.values.speciality).toBe('');
  });

  it('refuses a doctor’s speciality that is not in the list, on its field, as the sign-up does, and changes nothing', async () => {
    const volunteer = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    const attempt = updateOwnRecord(volunteer.actor, edited(values, { professionCode: 'DOCTOR', speciality: 'Guérisseur', phone: '0699999999' }));
    await expect(attempt).rejects.toEqual(new DomainError('Choisissez une spécialité de la liste.', 'speciality'));
    await expect(attempt).rejects.toEqual(expect.objectContaining({ field: 'speciality' }));
    const row = await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId } });
    expect(row).toMatchObject({ professionCode: 'NURSE', speciality: null, phone: '0600000000' });

    const saved = await updateOwnRecord(volunteer.actor, edited(values, { professionCode: 'DOCTOR', speciality: 'CARDIOLOGY' }));
    expect(saved.values).toMatchObject({ professionCode: 'DOCTOR', speciality: 'CARDIOLOGY' });
  });

  it('shows « RPPS vérifié » only for an RPPS number our directory knows', async () => {
    const volunteer = await createVolunteer();
    const known = await createRppsRecord();
    const { values } = await getOwnRecord(volunteer.actor);

    expect((await updateOwnRecord(volunteer.actor, edited(values, { identifierType: 'RPPS', identifierNumber: known }))).rppsVerified).toBe(true);
    expect((await getOwnRecord(volunteer.actor)).rppsVerified).toBe(true);
    expect((await updateOwnRecord(volunteer.actor, edited(values, { identifierType: 'RPPS', identifierNumber: '10000000001' }))).rppsVerified).toBe(false);
  });
});

describe('isRppsVerified', () => {
  it('is true for an RPPS number of rpps_records and false otherwise', async () => {
    const known = await createRppsRecord();
    const userId = (await createVolunteer()).actor.id;
    expect(await isRppsVerified({ userId, identifierType: 'RPPS', identifierNumber: known })).toBe(true);
    expect(await isRppsVerified({ userId, identifierType: 'ADELI', identifierNumber: known })).toBe(false);
    expect(await isRppsVerified({ userId, identifierType: 'RPPS', identifierNumber: '10000000002' })).toBe(false);
    expect(await isRppsVerified({ userId, identifierType: 'RPPS', identifierNumber: 'not a number' })).toBe(false);
  });

  it('is true for the number Pro Santé Connect certified for this account only (SPEC §16)', async () => {
    const volunteer = await createVolunteer();
    const other = await createVolunteer();
    const number = `10${String(Date.now()).slice(-9)}`;
    await prisma.federatedIdentity.create({ data: { userId: volunteer.actor.id, provider: 'PRO_SANTE_CONNECT', subject: `psc-${number}`, rppsNumber: number } });
    expect(await isRppsVerified({ userId: volunteer.actor.id, identifierType: 'RPPS', identifierNumber: number })).toBe(true);
    expect(await isRppsVerified({ userId: other.actor.id, identifierType: 'RPPS', identifierNumber: number })).toBe(false);
    expect(await isRppsVerified({ userId: volunteer.actor.id, identifierType: 'RPPS', identifierNumber: '10000000002' })).toBe(false);
  });
});

describe('updateRecordAction', () => {
  it('saves the signed-in volunteer’s record and no one else’s', async () => {
    const volunteer = await createVolunteer();
    const neighbour = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    signedInAs.mockResolvedValue(volunteer.actor);

    const result = await updateRecordAction({ ...values, phone: '0711223344', comment: 'Nouveau commentaire' });
    expect(result).toMatchObject({ ok: true, data: { values: { phone: '0711223344', comment: 'Nouveau commentaire' } } });
    expect((await getOwnRecord(neighbour.actor)).values).toMatchObject({ phone: '0600000000', comment: '' });
  });

  it('answers field errors in French, from the schema, the postal-code lookup and the specialities’ list', async () => {
    const volunteer = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    signedInAs.mockResolvedValue(volunteer.actor);

    const invalid = await updateRecordAction({ ...values, phone: '12', availableWeekdays: false, availableWeekends: false });
    expect(invalid).toEqual({
      ok: false,
      fieldErrors: expect.objectContaining({ phone: expect.stringContaining('invalide'), availableWeekends: expect.stringContaining('Cochez') }),
    });
    expect(await updateRecordAction({ ...values, postalCode: '99999' })).toEqual({ ok: false, fieldErrors: { postalCode: expect.stringContaining('Code postal inconnu') } });
    expect(await updateRecordAction({ ...values, professionCode: 'DOCTOR', speciality: 'Guérisseur' })).toEqual({
      ok: false,
      fieldErrors: { speciality: 'Choisissez une spécialité de la liste.' },
    });
  });

  it('cannot change the email: the schema has no such field and the row keeps it', async () => {
    const volunteer = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    signedInAs.mockResolvedValue(volunteer.actor);
    await updateRecordAction({ ...values, email: 'pirate@exemple.test' } as typeof values);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: volunteer.userId } })).email).toBe(volunteer.email);
  });

  it('refuses every other role and no session, and changes nothing', async () => {
    const volunteer = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    for (const actor of [...OTHER_ROLES.map((role) => others[role]), null]) {
      signedInAs.mockResolvedValue(actor);
      expect(await updateRecordAction({ ...values, phone: '0788888888' })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    }
    expect((await getOwnRecord(volunteer.actor)).values.phone).toBe('0600000000');
  });
});
