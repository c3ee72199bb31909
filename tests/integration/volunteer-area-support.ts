import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { Role } from '@/lib/generated/prisma/enums';
import { actorFor, createEstablishment, createProfessional, createUser, createCandidacy as createCandidacyRow } from '../factories';

// Shared by the volunteer-area integration tests (not a test file itself). Each test file mocks
// `@/lib/auth/session` (getActor only: next-auth needs a request scope jest lacks) and `next/cache`
// (revalidatePath throws outside a request), nothing else: Prisma and PostgreSQL are real.

export const OTHER_ROLES: Exclude<Role, 'PROFESSIONAL'>[] = ['ESTABLISHMENT', 'ARS', 'CCS', 'RPPS_MANAGER'];

export interface Volunteer {
  actor: Actor;
  userId: string;
  professionalId: string;
  email: string;
}

/** A volunteer in Occitanie (region 76, the same as the ARS below, so the ARS *could* see them). */
export async function createVolunteer(options: { available?: boolean } = {}): Promise<Volunteer> {
  const { user, professional } = await createProfessional({ regionCode: '76', available: options.available });
  return { actor: await actorFor(user.id), userId: user.id, professionalId: professional.id, email: user.email };
}

/** One signed-in account per other role, each with the widest scope over the volunteers above. */
export async function createOtherRoleActors(): Promise<Record<(typeof OTHER_ROLES)[number], Actor>> {
  const establishment = await createEstablishment('76');
  const [est, ars, ccs, rpps] = await Promise.all([
    createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] }),
    createUser('ARS', { regionCode: '76' }),
    createUser('CCS'),
    createUser('RPPS_MANAGER', { establishmentIds: [establishment.id] }),
  ]);
  return {
    ESTABLISHMENT: await actorFor(est.id),
    ARS: await actorFor(ars.id),
    CCS: await actorFor(ccs.id),
    RPPS_MANAGER: await actorFor(rpps.id),
  };
}

const DAY_MS = 86_400_000;

/** Midnight UTC, `offset` days from today (for `@db.Date` columns). */
export function day(offset: number, now = new Date()): Date {
  const d = new Date(now.getTime() + offset * DAY_MS);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** A mission with explicit dates, and the volunteer's candidacy on it decided by `validatorId`. */
export async function createCandidacy(
  professionalId: string,
  options: { status: 'ASSIGNED' | 'CONTACTED' | 'PROPOSED' | 'REFUSED'; start: number; end: number; validatorId?: string; establishmentName?: string },
) {
  const establishment = await createEstablishment('76', { name: options.establishmentName });
  const mission = await prisma.mission.create({
    data: {
      establishmentId: establishment.id,
      professionCode: 'NURSE',
      startDate: day(options.start),
      endDate: day(options.end),
      requestedCount: 2,
      filledCount: options.status === 'ASSIGNED' ? 1 : 0,
    },
  });
  const candidacy = await createCandidacyRow({
    professionalId,
    missionId: mission.id,
    status: options.status,
    proposedAt: options.status === 'PROPOSED' ? new Date() : null,
    contactedAt: options.status === 'PROPOSED' ? null : new Date(),
    decidedById: options.status === 'ASSIGNED' || options.status === 'REFUSED' ? (options.validatorId ?? null) : null,
    decidedAt: options.status === 'ASSIGNED' || options.status === 'REFUSED' ? new Date() : null,
  });
  return { establishment, mission, candidacy };
}
