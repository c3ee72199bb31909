/** @jest-environment node */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { getOwnRecord, updateOwnRecord } from '@/lib/professionals/own';
import { registerProfessional } from '@/lib/professionals/sign-up/register-professional';
import { distanceKm, lookupPostalCode, type LonLat } from '@/lib/reference/postal-codes';
import { createLocalDiskStore } from '@/lib/storage';
import type { FileStore } from '@/lib/storage/file-store';
import { professionalRecordSchema, professionalSignUpSchema } from '@/lib/validation/professional';
import { ensureReferenceData } from '../factories';
import { signUpForm } from './signup-helpers';
import { createVolunteer } from './volunteer-area-support';

// A volunteer's stored point is that of the commune typed with the postal code (docs/decisions/010), not
// the code's: « 51800 Gratreuil » is 25 km from Sainte-Menehould, the most populous of the code's 44
// communes, whose point the code has. Real PostgreSQL; set-up as in signup-register and
// volunteer-area-record. The volunteers are mobilised in Occitanie (76), not in the Marne's Grand Est (44),
// which exports-route.test.ts counts exactly; the mobilisation region is the volunteer's choice, not
// their home's (SPEC §5.1).

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));

// The centre of Gratreuil's box (@etalab/fr-bounding-boxes, fr:commune:51280), as the index rounds it.
const GRATREUIL: LonLat = [4.6942, 49.2459];
const stored = (row: { longitude: number | null; latitude: number | null }): LonLat => [row.longitude!, row.latitude!];

let dir: string;
let store: FileStore;

beforeAll(async () => {
  await ensureReferenceData();
  dir = await mkdtemp(path.join(os.tmpdir(), 'commune-points-'));
  store = createLocalDiskStore(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a volunteer's stored point is the commune's own", () => {
  it('at sign-up', async () => {
    const form = signUpForm({ postalCode: '51800', city: 'Gratreuil', regionCode: '76' });
    const result = await registerProfessional(professionalSignUpSchema.parse(form), {}, { store });
    expect(result).toMatchObject({ ok: true, outcome: 'registered' });
    const row = await prisma.professional.findFirstOrThrow({ where: { user: { email: form.email } } });
    expect(row).toMatchObject({ postalCode: '51800', city: 'Gratreuil', departmentCode: '51' });
    expect(stored(row)).toEqual(GRATREUIL);
    expect(distanceKm(stored(row), lookupPostalCode('51800')!.coordinates)).toBeGreaterThan(20);
  });

  it('when « Ma fiche » is saved, and back to the code’s point for its most populous commune', async () => {
    const volunteer = await createVolunteer();
    const { values } = await getOwnRecord(volunteer.actor);
    const edited = (city: string) => professionalRecordSchema.parse({ ...values, postalCode: '51800', city, regionCode: '76' });

    await updateOwnRecord(volunteer.actor, edited('Gratreuil'));
    const gratreuil = await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId } });
    expect(gratreuil).toMatchObject({ postalCode: '51800', city: 'Gratreuil', departmentCode: '51' });
    expect(stored(gratreuil)).toEqual(GRATREUIL);

    await updateOwnRecord(volunteer.actor, edited('Sainte-Menehould'));
    const head = await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId } });
    expect(stored(head)).toEqual(lookupPostalCode('51800')!.coordinates);
  });
});
