import 'server-only';
import type { Actor } from '@/lib/access/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';

// Scope by construction (docs/ARCHITECTURE.md convention 3, docs/decisions/022): what part of an entity an actor
// sees is decided ONCE, here, by decideScope(actor, entity), as a small value — everything, nothing, a
// region, some establishments, or the volunteer's own record. Every query renders that same value: as a
// Prisma where (establishmentScope… below, ANDed into every DAL query) or as a raw SQL condition
// (scopeSql, lib/access/scope-sql.ts, for the statements Prisma cannot write). The checks of
// lib/access/checks.ts (isRegulator, assertRegion, requireRppsManager…) read the same value.
//
// The rule: the CCS sees everything; an ARS its region (the establishments' region for missions and
// candidacies, the region volunteers chose for volunteers); an establishment account and an RPPS
// manager their establishments (FINESS); a volunteer their own record; anyone else, any unknown role
// and no session nothing (fails closed).

export const SCOPED_ENTITIES = [
  'establishment',
  'mission',
  'professional',
  'volunteerSheet',
  'accountRequest',
  'candidacy',
  'region',
  'rppsRequest',
  'rppsRecord',
  'auditLog',
] as const;

export type ScopedEntity = (typeof SCOPED_ENTITIES)[number];

export type Scope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'region'; regionCode: string }
  | { kind: 'establishments'; ids: string[] }
  | { kind: 'own'; professionalId: string };

type Rule = (actor: Actor) => Scope;

const NONE: Scope = { kind: 'none' };
const all: Rule = () => ({ kind: 'all' });
const region: Rule = (actor) => (actor.regionCode ? { kind: 'region', regionCode: actor.regionCode } : NONE);
const establishments: Rule = (actor) => ({ kind: 'establishments', ids: actor.establishmentIds });
const own: Rule = (actor) => (actor.professionalId ? { kind: 'own', professionalId: actor.professionalId } : NONE);

// A role missing from an entity's line sees none of it. Establishments reach volunteers only through
// their missions (the candidate rules of SPEC §6.5, lib/candidates), so they get no volunteer here. The
// volunteer sheet adds, for an ARS, the volunteers of other regions holding a candidacy on one of its
// region's missions (pushed there by the CCS, or from the national pool): the Proposer page lists them.
// Those a mission's « Proposer » pool offers without a candidacy (the national pool) are let in through
// that mission, by volunteerSheetAccess (lib/candidates/access.ts), as an establishment's candidates are.
const RULES: Record<ScopedEntity, Partial<Record<Role, Rule>>> = {
  establishment: { CCS: all, ARS: region, ESTABLISHMENT: establishments, RPPS_MANAGER: establishments },
  mission: { CCS: all, ARS: region, ESTABLISHMENT: establishments },
  professional: { CCS: all, ARS: region, PROFESSIONAL: own },
  volunteerSheet: { CCS: all, ARS: region, PROFESSIONAL: own },
  accountRequest: { CCS: all, ARS: region },
  candidacy: { CCS: all, ARS: region, ESTABLISHMENT: establishments, PROFESSIONAL: own },
  region: { CCS: all, ARS: region },
  rppsRequest: { RPPS_MANAGER: establishments },
  rppsRecord: { RPPS_MANAGER: establishments },
  // The journal (SPEC §15): the rows whose region the audit_log_region_code trigger derived (decision 026).
  auditLog: { CCS: all, ARS: region },
};

/** The one decision: which part of `entity` the actor sees. */
export function decideScope(actor: Actor | null, entity: ScopedEntity): Scope {
  const rules = RULES[entity];
  // hasOwn: a role string that is not one of ours ('constructor'…) never reaches a prototype method.
  const rule = actor && Object.hasOwn(rules, actor.role) ? rules[actor.role] : undefined;
  return actor && rule ? rule(actor) : NONE;
}

/** How one entity renders each kind of scope; a kind it has no rendering for selects nothing. */
export interface ScopeRenderings<T> {
  all: T;
  none: T;
  region?: (regionCode: string) => T;
  establishments?: (ids: string[]) => T;
  own?: (professionalId: string) => T;
}

export function renderScope<T>(scope: Scope, renderings: ScopeRenderings<T>): T {
  switch (scope.kind) {
    case 'all':
      return renderings.all;
    case 'region':
      return renderings.region ? renderings.region(scope.regionCode) : renderings.none;
    case 'establishments':
      return renderings.establishments ? renderings.establishments(scope.ids) : renderings.none;
    case 'own':
      return renderings.own ? renderings.own(scope.professionalId) : renderings.none;
    default:
      return renderings.none;
  }
}

// The Prisma rendering: every query of the DAL ANDs one of these filters.

const NOTHING = { id: { in: [] as string[] } };

function where<T>(actor: Actor | null, entity: ScopedEntity, renderings: Omit<ScopeRenderings<T>, 'all' | 'none'>, none: T): T {
  // {} (no condition) is a valid where of every model: the one cast of this file.
  return renderScope(decideScope(actor, entity), { all: {} as T, none, ...renderings });
}

export function establishmentScope(actor: Actor): Prisma.EstablishmentWhereInput {
  return where<Prisma.EstablishmentWhereInput>(actor, 'establishment', { region: (regionCode) => ({ regionCode }), establishments: (ids) => ({ id: { in: ids } }) }, NOTHING);
}

export function missionScope(actor: Actor): Prisma.MissionWhereInput {
  return where<Prisma.MissionWhereInput>(
    actor,
    'mission',
    { region: (regionCode) => ({ establishment: { regionCode } }), establishments: (ids) => ({ establishmentId: { in: ids } }) },
    NOTHING,
  );
}

/** Volunteers an actor may read directly. */
export function professionalScope(actor: Actor): Prisma.ProfessionalWhereInput {
  return where<Prisma.ProfessionalWhereInput>(actor, 'professional', { region: (regionCode) => ({ regionCode }), own: (id) => ({ id }) }, NOTHING);
}

/** Volunteers whose sheet and documents an actor may open without an establishment's candidate rule. */
export function volunteerSheetScope(actor: Actor): Prisma.ProfessionalWhereInput {
  return where<Prisma.ProfessionalWhereInput>(
    actor,
    'volunteerSheet',
    {
      region: (regionCode) => ({ OR: [{ regionCode }, { candidacies: { some: { mission: { establishment: { regionCode } } } } }] }),
      own: (id) => ({ id }),
    },
    NOTHING,
  );
}

export function accountRequestScope(actor: Actor): Prisma.AccountRequestWhereInput {
  return where<Prisma.AccountRequestWhereInput>(actor, 'accountRequest', { region: (regionCode) => ({ regionCode }) }, NOTHING);
}

/** Candidacies: those on the missions in scope, and a volunteer's own. */
export function candidacyScope(actor: Actor): Prisma.CandidacyWhereInput {
  return where<Prisma.CandidacyWhereInput>(
    actor,
    'candidacy',
    {
      region: (regionCode) => ({ mission: { establishment: { regionCode } } }),
      establishments: (ids) => ({ mission: { establishmentId: { in: ids } } }),
      own: (professionalId) => ({ professionalId }),
    },
    NOTHING,
  );
}

export function regionScope(actor: Actor): Prisma.RegionWhereInput {
  return where<Prisma.RegionWhereInput>(actor, 'region', { region: (code) => ({ code }) }, { code: { in: [] } });
}

export function rppsRequestScope(actor: Actor): Prisma.RppsRequestWhereInput {
  return where<Prisma.RppsRequestWhereInput>(actor, 'rppsRequest', { establishments: (ids) => ({ establishmentId: { in: ids } }) }, NOTHING);
}

/** RPPS records with one practice situation (open or closed) in one of the manager's establishments. */
export function rppsRecordScope(actor: Actor | null): Prisma.RppsRecordWhereInput {
  return where<Prisma.RppsRecordWhereInput>(
    actor,
    'rppsRecord',
    { establishments: (ids) => ({ situations: { some: { establishmentId: { in: ids } } } }) },
    NOTHING,
  );
}

/** Journal rows (SPEC §15): an ARS those of its region (audit_log.region_code, decision 026), the CCS all. */
export function auditLogScope(actor: Actor): Prisma.AuditLogWhereInput {
  return where<Prisma.AuditLogWhereInput>(actor, 'auditLog', { region: (regionCode) => ({ regionCode }) }, { id: { in: [] } });
}
