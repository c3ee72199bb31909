import 'server-only';
import { prisma } from '@/lib/db';
import { missionScope } from '@/lib/access/scope';
import type { Prisma } from '@/lib/generated/prisma/client';
import { day, instant, integer, text, yesNo } from '@/lib/exports/cells';
import { afterIdWhere, type ExportDataset } from '@/lib/exports/dataset';
import { arsLabel, categoryLabel, professionLabel, specialityLabel } from '@/lib/exports/labels';

// Missions of the scope (SPEC §7.2: the region for an ARS, the country for the CCS), archived ones
// included: an export is also the record of past crises.

const SELECT = {
  id: true,
  professionCode: true,
  speciality: true,
  requestedCount: true,
  filledCount: true,
  startDate: true,
  endDate: true,
  needsEhpadExperience: true,
  needsIcuExperience: true,
  vaccinationSupport: true,
  needsVehicle: true,
  needsWeekend: true,
  details: true,
  status: true,
  ccsAlertAt: true,
  nationalPoolOpenedAt: true,
  createdAt: true,
  firstAssignedAt: true,
  establishment: { select: { name: true, finess: true, gid: true, category: true, postalCode: true, city: true, departmentCode: true, regionCode: true } },
} satisfies Prisma.MissionSelect;

export const missionsDataset: ExportDataset = {
  slug: 'missions',
  title: 'Missions',
  columns: [
    text('ARS', 26),
    text('Etablissement', 36),
    text('FINESS / GID', 12),
    text('Catégorie', 30),
    text('CP', 7),
    text('Ville', 20),
    text('Département', 8),
    text('Profession', 28),
    text('Spécialité', 24),
    integer('Nombre'),
    integer('Pourvus'),
    day('Date de début'),
    day('Date de fin'),
    text('Expérience en EHPAD', 8),
    text('Expérience en réanimation', 8),
    text('Aide pour la vaccination', 8),
    text('Véhicule', 8),
    text('Weekend', 8),
    text('Précisions', 40),
    text('Statut', 10),
    instant('Alerte CCS'),
    instant('Vivier national ouvert'),
    instant('Créée le'),
    instant('Première affectation le'),
    text('Identifiant', 38),
  ],
  countUpTo(actor, limit) {
    return prisma.mission.count({ where: missionScope(actor), take: limit });
  },
  async readBatch(actor, afterId, size) {
    const missions = await prisma.mission.findMany({
      where: { AND: [missionScope(actor), afterIdWhere(afterId)] },
      orderBy: { id: 'asc' },
      take: size,
      select: SELECT,
    });
    const rows = missions.map((m) => [
      arsLabel(m.establishment.regionCode),
      m.establishment.name,
      m.establishment.finess ?? m.establishment.gid,
      categoryLabel(m.establishment.category),
      m.establishment.postalCode,
      m.establishment.city,
      m.establishment.departmentCode,
      professionLabel(m.professionCode),
      specialityLabel(m.speciality),
      m.requestedCount,
      m.filledCount,
      m.startDate,
      m.endDate,
      yesNo(m.needsEhpadExperience),
      yesNo(m.needsIcuExperience),
      yesNo(m.vaccinationSupport),
      yesNo(m.needsVehicle),
      yesNo(m.needsWeekend),
      m.details,
      m.status === 'OPEN' ? 'Ouverte' : 'Archivée',
      m.ccsAlertAt,
      m.nationalPoolOpenedAt,
      m.createdAt,
      m.firstAssignedAt,
      m.id,
    ]);
    return { rows, lastId: missions.at(-1)?.id ?? null };
  },
};
