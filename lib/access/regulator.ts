import type { Actor } from '@/lib/access/actor';
import { NotFoundError } from '@/lib/errors';
import { isRegionCode, type RegionCode } from '@/lib/reference/regions';

// Who regulates (SPEC §2, §7): an ARS for its own region, the CCS for the whole country. Every domain
// function of lib/regulation starts with one of these checks, and fails closed: any other role, or an
// ARS reaching for another region, is "not found" (SPEC §2: out of scope answers 404).

export function isRegulator(actor: Actor | null): actor is Actor & { role: 'ARS' | 'CCS' } {
  return actor !== null && (actor.role === 'CCS' || (actor.role === 'ARS' && actor.regionCode !== null));
}

export function assertRegulator(actor: Actor, what = 'resource'): asserts actor is Actor & { role: 'ARS' | 'CCS' } {
  if (!isRegulator(actor)) throw new NotFoundError(what);
}

/** An ARS acts on its own region only; the CCS on any of the 18. */
export function mayActOnRegion(actor: Actor, regionCode: string): regionCode is RegionCode {
  if (!isRegionCode(regionCode)) return false;
  if (actor.role === 'CCS') return true;
  return actor.role === 'ARS' && actor.regionCode === regionCode;
}

export function assertRegion(actor: Actor, regionCode: string): asserts regionCode is RegionCode {
  if (!mayActOnRegion(actor, regionCode)) throw new NotFoundError('region');
}

/** The region a page shows: an ARS always its own; the CCS the one asked for, if it is one. */
export function regionForPage(actor: Actor, asked: string | undefined): RegionCode | null {
  if (actor.role === 'ARS') return actor.regionCode && isRegionCode(actor.regionCode) ? actor.regionCode : null;
  if (actor.role === 'CCS' && asked && isRegionCode(asked)) return asked;
  return null;
}
