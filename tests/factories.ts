import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { loadActor } from '@/lib/auth/load-actor';
import { startSession } from '@/lib/auth/user-sessions';
import type { CandidacyStatus, Role } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { makeFiness } from '@/lib/seed/establishments';
import { uniqueViolationField } from '@/lib/db/refusals';
import { syncReferenceData } from '@/lib/seed/reference-data';

// Test data built on the real database. Every row gets unique identifiers, so test files can run in
// parallel on one database without seeing each other's rows.

let serial = Math.floor(Math.random() * 400_000);
const unique = () => (serial += 1);

export async function ensureReferenceData(): Promise<void> {
  if ((await prisma.profession.count()) === 0) await syncReferenceData(prisma);
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@tests.renfort.test`;
}

export async function createEstablishment(regionCode = '76', overrides: { departmentCode?: string; postalCode?: string; name?: string } = {}) {
  const department = overrides.departmentCode ?? (regionCode === '11' ? '94' : '31');
  // Test files run in parallel on one database, each counting from its own random start: two of them
  // can meet on a FINESS number. Another start then, rather than a failure that has nothing to do with the test.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await prisma.establishment.create({
        data: {
          finess: makeFiness(department, 500_000 + unique()),
          name: overrides.name ?? `Établissement de test ${serial}`,
          category: 'HOSPITAL_LAW',
          address: '1 rue du Test',
          postalCode: overrides.postalCode ?? (regionCode === '11' ? '94000' : '31000'),
          city: regionCode === '11' ? 'Créteil' : 'Toulouse',
          departmentCode: department,
          regionCode,
        },
      });
    } catch (error) {
      if (attempt >= 5 || uniqueViolationField(error) !== 'finess') throw error;
      serial = Math.floor(Math.random() * 400_000);
    }
  }
}

export async function createUser(
  role: Role,
  options: { regionCode?: string; establishmentIds?: string[]; passwordHash?: string | null; status?: 'ACTIVE' | 'DISABLED' | 'AWAITING_VALIDATION'; email?: string } = {},
) {
  return prisma.user.create({
    data: {
      email: options.email ?? uniqueEmail(role.toLowerCase()),
      role,
      status: options.status ?? 'ACTIVE',
      firstName: 'Camille',
      lastName: 'Test',
      passwordHash: options.passwordHash ?? null,
      regionCode: role === 'ARS' ? (options.regionCode ?? '76') : null,
      memberships: options.establishmentIds ? { create: options.establishmentIds.map((establishmentId) => ({ establishmentId })) } : undefined,
    },
  });
}

export interface ProfessionalOptions {
  regionCode?: string;
  professionCode?: string;
  available?: boolean;
  email?: string;
  lastName?: string;
  /** Extra columns of the record (vehicle, week-end, experiences, mobilisation, coordinates…). */
  record?: Partial<Prisma.ProfessionalUncheckedCreateWithoutUserInput>;
  periods?: { startDate: Date; endDate: Date | null }[];
}

export async function createProfessional(options: ProfessionalOptions = {}) {
  await ensureReferenceData();
  const user = await prisma.user.create({
    data: {
      email: options.email ?? uniqueEmail('benevole'),
      role: 'PROFESSIONAL',
      firstName: 'Alex',
      lastName: options.lastName ?? 'Renfort',
      professional: {
        create: {
          phone: '0600000000',
          postalCode: '31000',
          city: 'Toulouse',
          departmentCode: '31',
          regionCode: options.regionCode ?? '76',
          professionCode: options.professionCode ?? 'NURSE',
          activityType: 'EMPLOYEE',
          identifierType: 'NONE',
          mobilisation: 'REGIONAL',
          available: options.available ?? true,
          termsAcceptedAt: new Date(),
          dataConsentAt: new Date(),
          ...options.record,
          periods: { create: options.periods ?? [{ startDate: new Date(Date.UTC(2026, 0, 1)), endDate: null }] },
        },
      },
    },
    include: { professional: true },
  });
  return { user, professional: user.professional! };
}

export async function createMission(
  establishmentId: string,
  overrides: Partial<Omit<Prisma.MissionUncheckedCreateInput, 'establishmentId'>> = {},
) {
  await ensureReferenceData();
  return prisma.mission.create({
    data: {
      professionCode: 'NURSE',
      startDate: new Date(Date.UTC(2026, 11, 1)),
      endDate: new Date(Date.UTC(2027, 0, 31)),
      requestedCount: 2,
      ...overrides,
      establishmentId,
    },
  });
}

// The path of SPEC §10 to each status. The database creates a candidacy PROPOSED or CONTACTED only, and
// refuses any change outside the transition table (migration 20261206010100_candidacy_transitions).
const PATH_TO: Record<CandidacyStatus, readonly CandidacyStatus[]> = {
  PROPOSED: ['PROPOSED'],
  CONTACTED: ['CONTACTED'],
  ASSIGNED: ['CONTACTED', 'ASSIGNED'],
  REFUSED: ['CONTACTED', 'REFUSED'],
  EXPIRED: ['CONTACTED', 'EXPIRED'],
  DECLINED: ['CONTACTED', 'DECLINED'],
  WITHDRAWN: ['PROPOSED', 'WITHDRAWN'],
};

/**
 * A candidacy at `data.status` with the other columns as given, reached by the legal path. A fixture
 * only: the application writes statuses through lib/candidacies/change-status.ts, which also audits.
 */
export async function createCandidacy(data: Prisma.CandidacyUncheckedCreateInput) {
  const [first, ...rest] = PATH_TO[data.status];
  // A PROPOSED row needs its date (check constraint candidacies_proposed_check).
  const proposedAt = data.proposedAt ?? (first === 'PROPOSED' ? new Date() : undefined);
  let candidacy = await prisma.candidacy.create({ data: { ...data, status: first!, proposedAt } });
  for (const status of rest) {
    // A given updatedAt stays (retention reads it); otherwise Prisma stamps the update.
    candidacy = await prisma.candidacy.update({ where: { id: candidacy.id }, data: { status, updatedAt: data.updatedAt } });
  }
  return candidacy;
}

/** A server-side session for this user, as a sign-in opens one (lib/auth/user-sessions.ts). */
export function openSession(userId: string): Promise<string> {
  return startSession(userId, new Date(Date.now() + 3600 * 1000));
}

/** The actor the data-access layer would see for this user on a real request. */
export async function actorFor(userId: string): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const actor = await loadActor(user.id, user.sessionVersion, await openSession(user.id));
  if (!actor) throw new Error('user is not an active actor');
  return actor;
}
