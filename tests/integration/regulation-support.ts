import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/access/actor';
import type { Role } from '@/lib/generated/prisma/enums';
import { actorFor, createEstablishment, createMission, createProfessional, createUser } from '../factories';

// Shared by the ARS/CCS regulation tests (SPEC §7): a region's mission with a matching volunteer, the
// regulators allowed to act on it, and everyone who must be refused. Each test file uses its own region,
// used by no other test file, so that crisis modes and settings never leak into another file's rows.

export async function actorOf(role: Role, options: { regionCode?: string; establishmentIds?: string[] } = {}): Promise<Actor> {
  return actorFor((await createUser(role, options)).id);
}

export interface RegionFixture {
  regionCode: string;
  establishmentId: string;
  missionId: string;
  professionCode: string;
  /** Unique to this fixture: filter the searches on it to see only its volunteers. */
  lastName: string;
  establishmentAccount: Actor;
  ars: Actor;
  volunteer: (overrides?: Parameters<typeof createProfessional>[0]) => ReturnType<typeof createProfessional>;
}

export async function regionFixture(regionCode: string, professionCode: string, missionOverrides: Parameters<typeof createMission>[1] = {}): Promise<RegionFixture> {
  const lastName = `Regul${randomUUID().slice(0, 8)}`;
  const establishment = await createEstablishment(regionCode, { departmentCode: '31', postalCode: '31000' });
  const mission = await createMission(establishment.id, { professionCode, requestedCount: 3, ...missionOverrides });
  const establishmentAccount = await actorOf('ESTABLISHMENT', { establishmentIds: [establishment.id] });
  const ars = await actorOf('ARS', { regionCode });
  return {
    regionCode,
    establishmentId: establishment.id,
    missionId: mission.id,
    professionCode,
    lastName,
    establishmentAccount,
    ars,
    volunteer: (overrides = {}) => createProfessional({ regionCode, professionCode, lastName, ...overrides }),
  };
}

/** Everyone but the region's ARS and the CCS, each with the closest thing to a reason to be let in. */
export function strangers(fixture: () => RegionFixture, otherRegion: string): [string, () => Promise<Actor | null>][] {
  return [
    ['no session', async () => null],
    ['a volunteer of the region', () => actorOf('PROFESSIONAL')],
    ['an establishment account of the mission’s FINESS', async () => fixture().establishmentAccount],
    ['an RPPS+ manager of the mission’s FINESS', () => actorOf('RPPS_MANAGER', { establishmentIds: [fixture().establishmentId] })],
    ['the ARS of another region', () => actorOf('ARS', { regionCode: otherRegion })],
  ];
}
