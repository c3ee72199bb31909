import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import type { ProfessionalSignUpInput } from '@/lib/validation/professional';
import { ensureReferenceData, uniqueEmail } from '../factories';
import { localUploadsEnvironment } from './uploads-environment';

// Shared by the sign-up integration tests: a valid form as the browser sends it, fixture files, and
// counts of what a sign-up leaves behind for one address.

const FIXTURES = path.join(__dirname, '../fixtures/uploads');

/**
 * The sign-up route as the tests post to it: files stored in a folder of the file's own (no blob store),
 * and the route behind one proxy of ours (`TRUSTED_PROXY=hops:1`), which writes the client's address
 * last in X-Forwarded-For, so that the per-IP rate limit only bites where a test wants it to. Registers
 * the file's beforeAll/afterAll; the returned function gives the folder.
 */
export function signUpRouteEnvironment(folderPrefix: string): () => string {
  const folder = localUploadsEnvironment(folderPrefix);
  const savedProxy = process.env.TRUSTED_PROXY;
  beforeAll(async () => {
    await ensureReferenceData();
    process.env.TRUSTED_PROXY = 'hops:1';
    resetEnvCache();
  });
  afterAll(() => {
    if (savedProxy) process.env.TRUSTED_PROXY = savedProxy;
    else delete process.env.TRUSTED_PROXY;
    resetEnvCache();
  });
  return folder;
}

export async function fixture(name: string): Promise<{ bytes: Uint8Array; name: string }> {
  return { bytes: new Uint8Array(await readFile(path.join(FIXTURES, name))), name };
}

export function signUpForm(overrides: Partial<ProfessionalSignUpInput> = {}): ProfessionalSignUpInput {
  return {
    lastName: 'Durand',
    firstName: 'Camille',
    email: uniqueEmail('signup'),
    phone: '06 12 34 56 78',
    postalCode: '31000',
    city: 'Toulouse',
    regionCode: '11',
    professionCode: 'DOCTOR',
    speciality: 'EMERGENCY_MEDICINE',
    activityType: 'LIBERAL',
    identifierType: 'RPPS',
    identifierNumber: '10 0012 3456 7',
    employer: 'CHU de Toulouse',
    hasVehicle: true,
    ehpadExperience: false,
    icuExperience: true,
    vaccinationExperience: true,
    availableWeekdays: true,
    availableWeekends: false,
    mobilisation: 'NATIONAL',
    comment: 'Disponible en soirée.',
    periods: [
      { startDate: '2026-03-01', endDate: '' },
      { startDate: '2026-06-01', endDate: '2026-06-30' },
    ],
    termsAccepted: true,
    dataConsent: true,
    ...overrides,
  };
}

/** Everything a sign-up can create for an address (lower-cased, as stored). */
export async function traces(email: string) {
  const address = email.trim().toLowerCase();
  const users = await prisma.user.findMany({ where: { email: address }, select: { id: true } });
  const userIds = users.map((user) => user.id);
  return {
    users: users.length,
    professionals: await prisma.professional.count({ where: { userId: { in: userIds } } }),
    periods: await prisma.availabilityPeriod.count({ where: { professional: { userId: { in: userIds } } } }),
    documents: await prisma.document.count({ where: { professional: { userId: { in: userIds } } } }),
    tokens: await prisma.oneTimeToken.count({ where: { userId: { in: userIds } } }),
    emails: (await prisma.emailOutbox.findMany({ where: { to: address }, select: { template: true }, orderBy: { createdAt: 'asc' } })).map((e) => e.template),
  };
}

/** Every file under a directory, recursively (the local-disk store of a test). */
export async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}
