import 'server-only';
import type { Actor } from '@/lib/access/actor';
import type { Prisma } from '@/lib/generated/prisma/client';

// Scope by construction (STYLE.md convention 3): every query of the DAL ANDs one of these filters.
// Each one fails closed: a role that has no business with the entity gets a filter that matches nothing.

const NOTHING = { id: { in: [] as string[] } };

/** Establishments an actor may see. */
export function establishmentScope(actor: Actor): Prisma.EstablishmentWhereInput {
  switch (actor.role) {
    case 'CCS':
      return {};
    case 'ARS':
      return actor.regionCode ? { regionCode: actor.regionCode } : NOTHING;
    case 'ESTABLISHMENT':
    case 'RPPS_MANAGER':
      return { id: { in: actor.establishmentIds } };
    default:
      return NOTHING;
  }
}

/** Missions an actor may see: those of the establishments in its scope. */
export function missionScope(actor: Actor): Prisma.MissionWhereInput {
  switch (actor.role) {
    case 'CCS':
      return {};
    case 'ARS':
    case 'ESTABLISHMENT':
      return { establishment: establishmentScope(actor) };
    default:
      return NOTHING;
  }
}

/**
 * Volunteers an actor may read directly: a volunteer their own record, an ARS the volunteers who chose
 * its region, the CCS all. Establishments reach volunteers only through their missions (candidate
 * rules of SPEC §6.5, in lib/candidates/mission-search), so they get nothing here.
 */
export function professionalScope(actor: Actor): Prisma.ProfessionalWhereInput {
  switch (actor.role) {
    case 'PROFESSIONAL':
      return actor.professionalId ? { id: actor.professionalId } : NOTHING;
    case 'ARS':
      return actor.regionCode ? { regionCode: actor.regionCode } : NOTHING;
    case 'CCS':
      return {};
    default:
      return NOTHING;
  }
}

/**
 * Volunteers whose sheet and documents an actor may open without an establishment's candidate rule:
 * professionalScope, plus, for an ARS, a volunteer of another region who holds a candidacy on one of its
 * region's missions (pushed there by the CCS, or from the national pool) — the Proposer page lists them,
 * so the sheet opens and its documents download by this one rule.
 */
export function volunteerSheetScope(actor: Actor): Prisma.ProfessionalWhereInput {
  if (actor.role !== 'ARS' || !actor.regionCode) return professionalScope(actor);
  return { OR: [professionalScope(actor), { candidacies: { some: { mission: missionScope(actor) } } }] };
}

/** Pending account requests: the ARS of the request's region, or the CCS. */
export function accountRequestScope(actor: Actor): Prisma.AccountRequestWhereInput {
  switch (actor.role) {
    case 'CCS':
      return {};
    case 'ARS':
      return actor.regionCode ? { regionCode: actor.regionCode } : NOTHING;
    default:
      return NOTHING;
  }
}

/** RPPS+ requests: those of the establishments an RPPS manager manages. */
export function rppsRequestScope(actor: Actor): Prisma.RppsRequestWhereInput {
  return actor.role === 'RPPS_MANAGER' ? { establishmentId: { in: actor.establishmentIds } } : NOTHING;
}
