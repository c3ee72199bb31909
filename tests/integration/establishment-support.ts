import type { Actor } from '@/lib/access/actor';
import type { Role } from '@/lib/generated/prisma/enums';
import { actorFor, createEstablishment, createUser } from '../factories';

// Shared by the establishment journey's integration tests (SPEC §6.2–6.6): one FINESS with two accounts
// (who must see exactly the same things) and accounts of every other kind to refuse.

export interface Finess {
  establishmentId: string;
  /** Two accounts attached to the same FINESS. */
  first: Actor;
  second: Actor;
}

export async function finessWithTwoAccounts(regionCode = '76', overrides: { departmentCode?: string; postalCode?: string } = {}): Promise<Finess> {
  const establishment = await createEstablishment(regionCode, overrides);
  const [first, second] = await Promise.all([
    createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] }),
    createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] }),
  ]);
  return { establishmentId: establishment.id, first: await actorFor(first.id), second: await actorFor(second.id) };
}

export async function actorOf(role: Role, options: { regionCode?: string; establishmentIds?: string[] } = {}): Promise<Actor> {
  return actorFor((await createUser(role, options)).id);
}

/** An establishment account of another FINESS, in the same region (so only the FINESS differs). */
export async function otherFinessAccount(regionCode = '76', overrides: { departmentCode?: string; postalCode?: string } = {}): Promise<Actor> {
  const establishment = await createEstablishment(regionCode, overrides);
  return actorOf('ESTABLISHMENT', { establishmentIds: [establishment.id] });
}

/** Everyone but the FINESS's own accounts, each with the closest thing to a reason to be let in. */
export function strangers(finess: () => Finess, regionCode = '76'): [string, () => Promise<Actor | null>][] {
  return [
    ['no session', async () => null],
    ['a volunteer', () => actorOf('PROFESSIONAL')],
    ['the ARS of the region', () => actorOf('ARS', { regionCode })],
    ['the CCS', () => actorOf('CCS')],
    ['an RPPS+ manager of the same FINESS', () => actorOf('RPPS_MANAGER', { establishmentIds: [finess().establishmentId] })],
    ['an establishment account of another FINESS', () => otherFinessAccount(regionCode)],
  ];
}
