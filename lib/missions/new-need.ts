import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { prisma } from '@/lib/db';
import { establishmentScope } from '@/lib/access/scope';
import { getProfession } from '@/lib/reference/professions';
import type { MissionData } from '@/lib/validation/mission';
import { fromIsoDay, startOfUtcDay } from '@/lib/dates/days';

// « Nouveau besoin » (SPEC §6.3): what the form shows read-only, and the creation of its missions.

export interface NewNeedEstablishment {
  id: string;
  name: string;
  category: string;
  finess: string | null;
  gid: string | null;
  address: string;
  postalCode: string;
  city: string;
  /** The region whose ARS regulates the establishment's needs (SPEC §6.1 « Région de rattachement »). */
  regionCode: string;
}

export interface NewNeedContext {
  requester: { firstName: string; lastName: string; email: string; phone: string | null };
  establishments: NewNeedEstablishment[];
}

/** What « Nouveau besoin » shows read-only: the signed-in account and its establishments. */
export async function getNewNeedContext(actor: Actor): Promise<NewNeedContext | null> {
  if (actor.role !== 'ESTABLISHMENT') return null;
  const [requester, establishments] = await Promise.all([
    prisma.user.findUnique({ where: { id: actor.id }, select: { firstName: true, lastName: true, email: true, phone: true } }),
    prisma.establishment.findMany({
      where: establishmentScope(actor),
      select: { id: true, name: true, category: true, finess: true, gid: true, address: true, postalCode: true, city: true, regionCode: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  if (!requester || establishments.length === 0) return null;
  return { requester, establishments };
}

export interface NewNeedInputData {
  establishmentId: string;
  missions: MissionData[];
}

/**
 * « Nouveau besoin » (SPEC §6.3): every mission of the form in one transaction, with one audit row per
 * mission — all or nothing. The establishment is checked against the account's scope inside the
 * transaction; another FINESS is "not found".
 */
export async function createMissionsForActor(actor: Actor, input: NewNeedInputData, now = new Date()): Promise<{ missionIds: string[] }> {
  if (actor.role !== 'ESTABLISHMENT') throw new NotFoundError('establishment');
  // A mission already over would be archived at once by the nightly job: surely a typing mistake.
  const today = startOfUtcDay(now);
  input.missions.forEach((mission, index) => {
    if (fromIsoDay(mission.endDate) < today) {
      throw new DomainError('Cette date est passée : la mission doit se terminer aujourd’hui ou plus tard.', `missions.${index}.endDate`);
    }
  });

  return prisma.$transaction(async (tx) => {
    const establishment = await tx.establishment.findFirst({
      where: { AND: [establishmentScope(actor), { id: input.establishmentId }] },
      select: { id: true },
    });
    if (!establishment) throw new NotFoundError('establishment');

    const created = await tx.mission.createManyAndReturn({
      data: input.missions.map((mission) => ({
        establishmentId: establishment.id,
        createdById: actor.id,
        professionCode: mission.professionCode,
        // Only doctors have specialities; a value left by a previous choice of profession is dropped.
        speciality: getProfession(mission.professionCode)?.hasSpecialities ? mission.speciality : null,
        startDate: fromIsoDay(mission.startDate),
        endDate: fromIsoDay(mission.endDate),
        requestedCount: mission.requestedCount,
        details: mission.details,
        needsVehicle: mission.needsVehicle,
        needsWeekend: mission.needsWeekend,
        needsEhpadExperience: mission.needsEhpadExperience,
        needsIcuExperience: mission.needsIcuExperience,
        vaccinationSupport: mission.vaccinationSupport,
      })),
      select: { id: true },
    });
    const missionIds = created.map((mission) => mission.id);
    await tx.auditLog.createMany({
      data: missionIds.map((missionId) => ({
        actorId: actor.id,
        action: 'mission.create',
        entityType: 'Mission',
        entityId: missionId,
        details: { establishmentId: establishment.id, batchSize: missionIds.length },
      })),
    });
    return { missionIds };
  });
}
