import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/access/actor';
import { decideScope, renderScope, type ScopedEntity, type ScopeRenderings } from '@/lib/access/scope';

// The SQL rendering of lib/access/scope.ts's decision, for the statements Prisma cannot write (GROUPING
// SETS, one-statement pages at a million volunteers). It renders the very value the Prisma filters
// render, so the two cannot drift; tests/integration/scope-renderings.test.ts proves they select the
// same rows for every role and entity. Column names are trusted SQL written by the caller, never input.
// Sub-selects use `scope_*` aliases, so that they never shadow the caller's.

/** The caller's columns each entity's condition reads. */
export interface ScopeColumns {
  establishment: { id: string; regionCode: string };
  /** `establishmentRegionCode`: the establishment's region when the statement joins `establishments`
   * (without it, the region is read by a sub-select on the establishment). */
  mission: { establishmentId: string; establishmentRegionCode?: string };
  professional: { id: string; regionCode: string };
  volunteerSheet: { id: string; regionCode: string };
  accountRequest: { regionCode: string };
  /** `establishmentId`: the mission's establishment (the statement joins `missions`). */
  candidacy: { professionalId: string; establishmentId: string; establishmentRegionCode?: string };
  region: { code: string };
  rppsRequest: { establishmentId: string };
  rppsRecord: { id: string };
  auditLog: { regionCode: string };
}

const col = (name: string) => Prisma.raw(name);
const anyOf = (column: string, ids: string[]) => Prisma.sql`${col(column)} = ANY(${ids}::text[])`;

function establishmentInRegion(columns: { establishmentId: string; establishmentRegionCode?: string }, regionCode: string): Prisma.Sql {
  return columns.establishmentRegionCode
    ? Prisma.sql`${col(columns.establishmentRegionCode)} = ${regionCode}`
    : Prisma.sql`${col(columns.establishmentId)} IN (SELECT scope_e.id FROM establishments scope_e WHERE scope_e.region_code = ${regionCode})`;
}

const SQL_RENDERINGS: { [E in ScopedEntity]: (columns: ScopeColumns[E]) => Omit<ScopeRenderings<Prisma.Sql>, 'all' | 'none'> } = {
  establishment: (c) => ({ region: (code) => Prisma.sql`${col(c.regionCode)} = ${code}`, establishments: (ids) => anyOf(c.id, ids) }),
  mission: (c) => ({ region: (code) => establishmentInRegion(c, code), establishments: (ids) => anyOf(c.establishmentId, ids) }),
  professional: (c) => ({ region: (code) => Prisma.sql`${col(c.regionCode)} = ${code}`, own: (id) => Prisma.sql`${col(c.id)} = ${id}` }),
  volunteerSheet: (c) => ({
    region: (code) => Prisma.sql`(${col(c.regionCode)} = ${code} OR EXISTS (
      SELECT 1 FROM candidacies scope_c
      JOIN missions scope_m ON scope_m.id = scope_c.mission_id
      JOIN establishments scope_e ON scope_e.id = scope_m.establishment_id
      WHERE scope_c.professional_id = ${col(c.id)} AND scope_e.region_code = ${code}))`,
    own: (id) => Prisma.sql`${col(c.id)} = ${id}`,
  }),
  accountRequest: (c) => ({ region: (code) => Prisma.sql`${col(c.regionCode)} = ${code}` }),
  candidacy: (c) => ({
    region: (code) => establishmentInRegion(c, code),
    establishments: (ids) => anyOf(c.establishmentId, ids),
    own: (id) => Prisma.sql`${col(c.professionalId)} = ${id}`,
  }),
  region: (c) => ({ region: (code) => Prisma.sql`${col(c.code)} = ${code}` }),
  rppsRequest: (c) => ({ establishments: (ids) => anyOf(c.establishmentId, ids) }),
  rppsRecord: (c) => ({
    establishments: (ids) =>
      Prisma.sql`EXISTS (SELECT 1 FROM practice_situations scope_s WHERE scope_s.record_id = ${col(c.id)} AND scope_s.establishment_id = ANY(${ids}::text[]))`,
  }),
  auditLog: (c) => ({ region: (code) => Prisma.sql`${col(c.regionCode)} = ${code}` }),
};

/** The actor's scope of `entity` as a SQL condition over the caller's columns: TRUE for everything,
 * FALSE for nothing. */
export function scopeSql<E extends ScopedEntity>(actor: Actor | null, entity: E, columns: ScopeColumns[E]): Prisma.Sql {
  return renderScope(decideScope(actor, entity), { all: Prisma.sql`TRUE`, none: Prisma.sql`FALSE`, ...SQL_RENDERINGS[entity](columns) });
}
