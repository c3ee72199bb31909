/** @jest-environment node */
import { updateRecordAction } from '@/app/(professional)/professionnel/fiche/actions';
import { getActor } from '@/lib/auth/session';
import { getOwnRecord, updateOwnRecord, type RecordFormValues } from '@/lib/professionals/own';
import { prisma } from '@/lib/db';
import { professionalRecordSchema } from '@/lib/validation/professional';
import { createVolunteer, type Volunteer } from './volunteer-area-support';

// « Ma fiche » of a volunteer whose RPPS number Pro Santé Connect certifies (SPEC §16): names, identifier
// and profession stay those saved, whatever is sent; the rest of the record saves as for anyone.

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const signedInAs = jest.mocked(getActor);

let sequence = 0;
/** A well-formed RPPS number no other test uses (one account per PSC-certified number). */
function uniqueRppsNumber(): string {
  sequence += 1;
  return `1${String(Date.now()).slice(-6)}${String(sequence).padStart(4, '0')}`;
}

/** A volunteer whose record holds `recordNumber` as RPPS, and whose PSC link (if any) certifies `pscNumber`. */
async function volunteerWithRpps(recordNumber: string, pscNumber: string | null): Promise<Volunteer> {
  const volunteer = await createVolunteer();
  await prisma.professional.update({ where: { id: volunteer.professionalId }, data: { identifierType: 'RPPS', identifierNumber: recordNumber } });
  if (pscNumber) {
    await prisma.federatedIdentity.create({ data: { userId: volunteer.userId, provider: 'PRO_SANTE_CONNECT', subject: `psc-sub-${pscNumber}`, rppsNumber: pscNumber } });
  }
  return volunteer;
}

function edited(values: RecordFormValues, changes: Partial<RecordFormValues>) {
  return professionalRecordSchema.parse({ ...values, ...changes });
}

const CERTIFIED_CHANGES = { lastName: 'Usurpé', firstName: 'Nom', identifierType: 'ADELI', identifierNumber: '123456789', professionCode: 'DOCTOR' } as const;

async function savedRow(volunteer: Volunteer) {
  const row = await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId }, include: { user: true } });
  return {
    lastName: row.user.lastName,
    firstName: row.user.firstName,
    identifierType: row.identifierType,
    identifierNumber: row.identifierNumber,
    professionCode: row.professionCode,
    phone: row.phone,
    comment: row.comment,
  };
}

describe('« Ma fiche » certified by Pro Santé Connect', () => {
  it('says the record is certified when the PSC link carries the record’s RPPS number, and only then', async () => {
    const number = uniqueRppsNumber();
    expect(await getOwnRecord((await volunteerWithRpps(number, number)).actor)).toMatchObject({ certifiedByPsc: true, rppsVerified: true });
    expect(await getOwnRecord((await volunteerWithRpps(uniqueRppsNumber(), uniqueRppsNumber())).actor)).toMatchObject({ certifiedByPsc: false, rppsVerified: false });
    expect(await getOwnRecord((await volunteerWithRpps(uniqueRppsNumber(), null)).actor)).toMatchObject({ certifiedByPsc: false });
  });

  it('keeps the saved names, identifier and profession, and saves the rest of the form', async () => {
    const number = uniqueRppsNumber();
    const volunteer = await volunteerWithRpps(number, number);
    const { values } = await getOwnRecord(volunteer.actor);

    const saved = await updateOwnRecord(volunteer.actor, edited(values, { ...CERTIFIED_CHANGES, phone: '0711223344', comment: 'Disponible la nuit.' }));

    const kept = { lastName: 'Renfort', firstName: 'Alex', identifierType: 'RPPS', identifierNumber: number, professionCode: 'NURSE' };
    expect(saved).toMatchObject({ certifiedByPsc: true, rppsVerified: true, values: { ...kept, phone: '0711223344', comment: 'Disponible la nuit.' } });
    expect(await savedRow(volunteer)).toEqual({ ...kept, phone: '0711223344', comment: 'Disponible la nuit.' });
  });

  it('lets a certified nurse say which nurse, and nothing outside the nurses', async () => {
    const number = uniqueRppsNumber();
    const volunteer = await volunteerWithRpps(number, number);
    const { values } = await getOwnRecord(volunteer.actor);
    expect(values.professionCode).toBe('NURSE');

    await updateOwnRecord(volunteer.actor, edited(values, { professionCode: 'NURSE_ANAESTHETIST' }));
    expect(await savedRow(volunteer)).toMatchObject({ professionCode: 'NURSE_ANAESTHETIST' });
    await updateOwnRecord(volunteer.actor, edited(values, { professionCode: 'NURSING_STUDENT' }));
    expect(await savedRow(volunteer)).toMatchObject({ professionCode: 'NURSE_ANAESTHETIST' });
    await updateOwnRecord(volunteer.actor, edited(values, { professionCode: 'OPERATING_ROOM_NURSE' }));
    expect(await savedRow(volunteer)).toMatchObject({ professionCode: 'OPERATING_ROOM_NURSE' });
  });

  it('saves the rest of the form when the certified values come back unchanged', async () => {
    const number = uniqueRppsNumber();
    const volunteer = await volunteerWithRpps(number, number);
    const { values } = await getOwnRecord(volunteer.actor);
    signedInAs.mockResolvedValue(volunteer.actor);

    const result = await updateRecordAction({ ...values, phone: '0722334455', hasVehicle: true, mobilisation: 'NATIONAL' });
    expect(result).toMatchObject({ ok: true, data: { certifiedByPsc: true, values: { ...values, phone: '0722334455', hasVehicle: true, mobilisation: 'NATIONAL' } } });
  });

  it('keeps them through the server action too, whatever the browser posts', async () => {
    const number = uniqueRppsNumber();
    const volunteer = await volunteerWithRpps(number, number);
    const { values } = await getOwnRecord(volunteer.actor);
    signedInAs.mockResolvedValue(volunteer.actor);

    const result = await updateRecordAction({ ...values, ...CERTIFIED_CHANGES, identifierType: 'RPPS', identifierNumber: uniqueRppsNumber(), phone: '0733445566' });
    expect(result).toMatchObject({ ok: true, data: { values: { lastName: 'Renfort', firstName: 'Alex', identifierNumber: number, professionCode: 'NURSE', phone: '0733445566' } } });
    expect(await savedRow(volunteer)).toMatchObject({ lastName: 'Renfort', identifierType: 'RPPS', identifierNumber: number, professionCode: 'NURSE', phone: '0733445566' });
  });

  it('checks a speciality against the saved profession, not a posted one', async () => {
    const number = uniqueRppsNumber();
    const volunteer = await volunteerWithRpps(number, number);
    await prisma.professional.update({ where: { id: volunteer.professionalId }, data: { professionCode: 'DOCTOR' } });
    const { values } = await getOwnRecord(volunteer.actor);

    const saved = await updateOwnRecord(volunteer.actor, edited(values, { professionCode: 'NURSE', speciality: 'CARDIOLOGY' }));
    expect(saved.values).toMatchObject({ professionCode: 'DOCTOR', speciality: 'CARDIOLOGY' });
  });
});

describe('« Ma fiche » not certified by Pro Santé Connect: every field changes, as before', () => {
  it.each([
    ['without a PSC link', false],
    ['whose PSC link certifies another number', true],
  ])('a volunteer %s changes names, identifier and profession', async (_case, linked) => {
    const volunteer = await volunteerWithRpps(uniqueRppsNumber(), linked ? uniqueRppsNumber() : null);
    const { values } = await getOwnRecord(volunteer.actor);

    const saved = await updateOwnRecord(volunteer.actor, edited(values, { ...CERTIFIED_CHANGES, phone: '0711223344' }));
    expect(saved).toMatchObject({ certifiedByPsc: false, values: { ...CERTIFIED_CHANGES, phone: '0711223344' } });
    expect(await savedRow(volunteer)).toMatchObject({ ...CERTIFIED_CHANGES, phone: '0711223344' });
  });

  it('a volunteer who types back the number PSC certified is certified from then on', async () => {
    const number = uniqueRppsNumber();
    const volunteer = await volunteerWithRpps(uniqueRppsNumber(), number);
    const { values } = await getOwnRecord(volunteer.actor);

    expect(await updateOwnRecord(volunteer.actor, edited(values, { identifierNumber: number, lastName: 'Corrigé' }))).toMatchObject({
      certifiedByPsc: true,
      values: { identifierNumber: number, lastName: 'Corrigé' },
    });
    expect((await updateOwnRecord(volunteer.actor, edited(values, { identifierNumber: number, lastName: 'Encore' }))).values.lastName).toBe('Corrigé');
  });
});
