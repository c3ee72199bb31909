import { randomInt, randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { Role } from '@/lib/generated/prisma/enums';
import { makeFiness } from '@/lib/seed/establishments';
import { actorFor, createEstablishment, createProfessional, createUser, ensureReferenceData, type ProfessionalOptions } from '../factories';

// Shared by the indicators, exports and imports tests. Each file works in a region no other test file
// uses (La Réunion 04 for indicators, Grand Est 44 for exports, Guadeloupe 01 for the 100 000-row
// export), so that exact counts hold while test files run side by side on one database.

export const DAY_MS = 86_400_000;

export const PLACES: Record<string, { departmentCode: string; postalCode: string; city: string; finessPrefix: string }> = {
  '04': { departmentCode: '974', postalCode: '97400', city: 'Saint-Denis', finessPrefix: '97' },
  '01': { departmentCode: '971', postalCode: '97100', city: 'Basse-Terre', finessPrefix: '97' },
  '44': { departmentCode: '67', postalCode: '67000', city: 'Strasbourg', finessPrefix: '67' },
  '84': { departmentCode: '69', postalCode: '69003', city: 'Lyon', finessPrefix: '69' },
  '76': { departmentCode: '31', postalCode: '31000', city: 'Toulouse', finessPrefix: '31' },
};

/** A FINESS no other test uses (the factories count from 500 000; account-request tests draw below). */
export function freshFiness(prefix = '67'): string {
  return makeFiness(prefix, randomInt(600_000, 999_999));
}

export async function actorOf(role: Role, options: { regionCode?: string; establishmentIds?: string[] } = {}): Promise<Actor> {
  await ensureReferenceData();
  if ((role === 'ESTABLISHMENT' || role === 'RPPS_MANAGER') && !options.establishmentIds) {
    options = { ...options, establishmentIds: [(await createEstablishment('76')).id] };
  }
  return actorFor((await createUser(role, options)).id);
}

/** Every role that must not reach the regulators' features, with no session first. */
export const STRANGERS: [string, () => Promise<Actor | null>][] = [
  ['no session', async () => null],
  ['a volunteer', async () => actorFor((await createProfessional()).user.id)],
  ['an establishment account', () => actorOf('ESTABLISHMENT')],
  ['an RPPS+ manager', () => actorOf('RPPS_MANAGER')],
];

export async function establishmentIn(regionCode: string, name = `Établissement ${randomUUID().slice(0, 6)}`) {
  const place = PLACES[regionCode]!;
  return prisma.establishment.create({
    data: {
      finess: freshFiness(place.finessPrefix),
      name,
      category: 'HOSPITAL_LAW',
      address: '1 rue du Test',
      postalCode: place.postalCode,
      city: place.city,
      departmentCode: place.departmentCode,
      regionCode,
    },
  });
}

/** A volunteer who chose `regionCode`, living there unless the record says otherwise. */
export async function volunteerIn(regionCode: string, options: ProfessionalOptions = {}) {
  const place = PLACES[regionCode]!;
  return createProfessional({
    regionCode,
    ...options,
    record: { postalCode: place.postalCode, city: place.city, departmentCode: place.departmentCode, ...options.record },
  });
}

export function daysFromNow(days: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY_MS);
}
