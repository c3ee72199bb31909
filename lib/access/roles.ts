import type { Role } from '@/lib/generated/prisma/enums';
import { NotFoundError } from '@/lib/errors';

// Who may be where, declared once (SPEC §2, §12): each role's area — URL prefix (its home), route group
// of app/ — and the sets of roles the app grants together. Pure on purpose: middleware.ts runs it on the
// edge, client components read homes from it, and a test checks every page, layout and server action
// of app/ against it. Domain functions keep their own checks (defence in depth) through hasRole/assertRole.

export interface Area {
  role: Role;
  /** URL prefix of the area, and the page a signed-in user of the role lands on. */
  prefix: string;
  /** Folder of app/ whose layout, pages and actions serve this role only. */
  group: string;
}

export const AREAS = {
  PROFESSIONAL: { role: 'PROFESSIONAL', prefix: '/professionnel', group: '(professional)' },
  ESTABLISHMENT: { role: 'ESTABLISHMENT', prefix: '/etablissement', group: '(establishment)' },
  ARS: { role: 'ARS', prefix: '/ars', group: '(ars)' },
  CCS: { role: 'CCS', prefix: '/ccs', group: '(ccs)' },
  RPPS_MANAGER: { role: 'RPPS_MANAGER', prefix: '/rpps', group: '(rpps)' },
} as const satisfies Record<Role, Area>;

/** Where each role lands after sign-in: its area's prefix. */
export const ROLE_HOME: Readonly<Record<Role, string>> = Object.fromEntries(Object.values(AREAS).map((area) => [area.role, area.prefix])) as Record<Role, string>;

// The sets of roles granted together.
/** The regulators: an ARS for its region, the CCS for the country (SPEC §7). */
export const REGULATORS = ['ARS', 'CCS'] as const satisfies readonly Role[];
export type RegulatorRole = (typeof REGULATORS)[number];
/** Whoever may decide a candidacy: the mission's establishment, or a regulator on its behalf (SPEC §6.4, §7.2). */
export const CANDIDACY_DECIDERS = ['ESTABLISHMENT', 'ARS', 'CCS'] as const satisfies readonly Role[];
/** The roles scoped by a list of establishments (FINESS). */
export const ESTABLISHMENT_SCOPED = ['ESTABLISHMENT', 'RPPS_MANAGER'] as const satisfies readonly Role[];

/**
 * Route groups of app/ that serve several roles: the regulators' pages and actions, written once and
 * mounted by (ars) and (ccs). (public) serves anyone and is absent on purpose.
 */
export const SHARED_GROUPS: Readonly<Record<string, readonly Role[]>> = { '(regulation)': REGULATORS };

/** True when the actor holds one of the roles; false for nobody signed in. */
export function hasRole<R extends Role>(actor: { role: Role } | null | undefined, roles: readonly R[]): actor is { role: R } & NonNullable<typeof actor> {
  return actor != null && (roles as readonly Role[]).includes(actor.role);
}

/** For domain functions: another role gets « not found », as if the thing did not exist (SPEC §2). */
export function assertRole<R extends Role>(actor: { role: Role }, roles: readonly R[], what = 'resource'): asserts actor is { role: R } & typeof actor {
  if (!hasRole(actor, roles)) throw new NotFoundError(what);
}

/** The area of a role. */
export function areaOf<R extends Role>(role: R): (typeof AREAS)[R] {
  return AREAS[role];
}
