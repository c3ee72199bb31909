import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { decideScope, type Scope } from '@/lib/access/scope';
import { NotFoundError } from '@/lib/errors';
import { isRegionCode, type RegionCode } from '@/lib/reference/regions';

// Who acts, read off lib/access/scope.ts's one decision (never off the role again). Regulators (SPEC
// §2, §7): an ARS for its own region, the CCS for the whole country — whoever has a region scope. RPPS
// managers (SPEC §8): whoever has establishments in the RPPS scope. Every check fails closed: any other
// role, or an ARS reaching for another region, is « not found » (SPEC §2: out of scope answers 404).

export type Regulator = Actor & { role: 'ARS' | 'CCS' };

export function isRegulator(actor: Actor | null): actor is Regulator {
  return decideScope(actor, 'region').kind !== 'none';
}

export function assertRegulator(actor: Actor, what = 'resource'): asserts actor is Regulator {
  if (!isRegulator(actor)) throw new NotFoundError(what);
}

/** A regulator's region scope: the country (`all`) or one region. Anyone else is « not found ». */
export type RegulatorScope = Extract<Scope, { kind: 'all' } | { kind: 'region' }>;

export function regulatorScope(actor: Actor): RegulatorScope {
  const scope = decideScope(actor, 'region');
  if (scope.kind === 'all' || scope.kind === 'region') return scope;
  throw new NotFoundError('regulator scope');
}

/** An ARS acts on its own region only; the CCS on any of the 18. */
export function mayActOnRegion(actor: Actor, regionCode: string): regionCode is RegionCode {
  if (!isRegionCode(regionCode)) return false;
  const scope = decideScope(actor, 'region');
  return scope.kind === 'all' || (scope.kind === 'region' && scope.regionCode === regionCode);
}

export function assertRegion(actor: Actor, regionCode: string): asserts regionCode is RegionCode {
  if (!mayActOnRegion(actor, regionCode)) throw new NotFoundError('region');
}

/** The region a page shows: an ARS always its own; the CCS the one asked for, if it is one. */
export function regionForPage(actor: Actor, asked: string | undefined): RegionCode | null {
  const scope = decideScope(actor, 'region');
  if (scope.kind === 'region') return isRegionCode(scope.regionCode) ? scope.regionCode : null;
  if (scope.kind === 'all' && asked && isRegionCode(asked)) return asked;
  return null;
}

export type RppsManager = Actor & { role: 'RPPS_MANAGER' };

export function isRppsManager(actor: Actor | null): actor is RppsManager {
  return decideScope(actor, 'rppsRecord').kind === 'establishments';
}

/** Out of scope is « not found » (SPEC §2), whoever asks. */
export function requireRppsManager(actor: Actor | null): RppsManager {
  if (!isRppsManager(actor)) throw new NotFoundError('rpps');
  return actor;
}

/** Whether an RPPS manager acts for this establishment (a practice situation's, a request's). */
export function managesEstablishment(actor: Actor | null, establishmentId: string): boolean {
  const scope = decideScope(actor, 'rppsRecord');
  return scope.kind === 'establishments' && scope.ids.includes(establishmentId);
}
