import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { Role } from '@/lib/generated/prisma/enums';
import { actorFor, createEstablishment, createMission, createProfessional, createUser } from '../factories';

// Shared set-up of the « Choisir » tests: one establishment with a mission, its account, a colleague of
// the same FINESS, and everyone who must get "not found". A rare region and profession keep other test
// files' volunteers out of these searches.

export const REGION = '27';
export const PROFESSION = 'DIETITIAN';

export async function actorOf(role: Role, options: { regionCode?: string; establishmentIds?: string[] } = {}): Promise<Actor> {
  return actorFor((await createUser(role, options)).id);
}

export async function choosingSetup(requestedCount = 2) {
  const lastName = `Choix${randomUUID().slice(0, 8)}`;
  const establishment = await createEstablishment(REGION, { departmentCode: '21', postalCode: '21000' });
  const mission = await createMission(establishment.id, { professionCode: PROFESSION, requestedCount });
  const owner = await actorOf('ESTABLISHMENT', { establishmentIds: [establishment.id] });
  const colleague = await actorOf('ESTABLISHMENT', { establishmentIds: [establishment.id] });
  // « Départementale » volunteers living in the establishment's department (Dijon): in its pool (SPEC §6.4).
  const volunteer = (options: { regionCode?: string; professionCode?: string } = {}) =>
    createProfessional({
      regionCode: options.regionCode ?? REGION,
      professionCode: options.professionCode ?? PROFESSION,
      lastName,
      record: { mobilisation: 'DEPARTMENTAL', departmentCode: '21', postalCode: '21000', city: 'Dijon' },
    });
  return { establishment, mission, owner, colleague, volunteer };
}

/** An establishment of another FINESS, with a mission of its own for the same profession. */
export async function otherEstablishment() {
  const establishment = await createEstablishment(REGION, { departmentCode: '21', postalCode: '21000' });
  const mission = await createMission(establishment.id, { professionCode: PROFESSION });
  return { actor: await actorOf('ESTABLISHMENT', { establishmentIds: [establishment.id] }), mission };
}

/** Everyone who must be told "not found" about a mission of `establishmentId` (SPEC §2, §14). */
export const STRANGERS: [string, (establishmentId: string) => Promise<Actor | null>][] = [
  ['no session', async () => null],
  ['a volunteer', () => actorOf('PROFESSIONAL')],
  ['the ARS of the region', () => actorOf('ARS', { regionCode: REGION })],
  ['the CCS', () => actorOf('CCS')],
  ['an RPPS+ manager of the establishment', (establishmentId) => actorOf('RPPS_MANAGER', { establishmentIds: [establishmentId] })],
  ['an establishment account of another FINESS', async () => (await otherEstablishment()).actor],
];

export async function candidacyOf(professionalId: string) {
  return prisma.candidacy.findFirst({ where: { professionalId }, orderBy: { createdAt: 'desc' } });
}
