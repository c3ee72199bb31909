import 'server-only';
import { prisma } from '@/lib/db';
import { missionScope } from '@/lib/access/scope';
import type { Prisma } from '@/lib/generated/prisma/client';
import { day, instant, text } from '@/lib/exports/cells';
import { afterIdWhere, type ExportDataset } from '@/lib/exports/dataset';
import { activityLabel, arsLabel, professionLabel } from '@/lib/exports/labels';

// Assignments (candidacies ASSIGNED, SPEC §6.6) on the missions of the scope: the region's
// establishments for an ARS — whichever region the volunteer came from — and the country for the CCS.

const SELECT = {
  id: true,
  decidedAt: true,
  proposedAt: true,
  proposedBy: { select: { role: true } },
  decidedBy: { select: { email: true } },
  professional: { select: { phone: true, professionCode: true, activityType: true, user: { select: { email: true, firstName: true, lastName: true } } } },
  mission: { select: { id: true, professionCode: true, startDate: true, endDate: true, establishment: { select: { name: true, finess: true, gid: true, regionCode: true } } } },
} satisfies Prisma.CandidacySelect;

type Row = Prisma.CandidacyGetPayload<{ select: typeof SELECT }>;

/** « Poussé par ARS/Direction Régionale ou CCS » (SPEC §6.6): who proposed the volunteer, if anyone did. */
function pushedBy(row: Row): string {
  if (row.proposedBy?.role === 'ARS' || row.proposedBy?.role === 'CCS') return row.proposedBy.role;
  // The proposing account may have been deleted since (proposed_by_id SET NULL): the fact remains.
  return row.proposedAt ? 'ARS/CCS' : '';
}

export const assignmentsDataset: ExportDataset = {
  slug: 'affectations',
  title: 'Affectations',
  columns: [
    instant("Date d'affectation"),
    text('Poussé par ARS/Direction Régionale ou CCS', 10),
    text('Nom'),
    text('Prénom'),
    text('Courriel', 30),
    text('Téléphone', 14),
    text('Profession', 28),
    text('Type activité', 12),
    text('Etablissement', 36),
    text('FINESS / GID', 12),
    text('ARS', 26),
    text('Profession demandée', 28),
    day('Début de mission'),
    day('Fin de mission'),
    text('Validé par', 30),
    text('Identifiant affectation', 38),
    text('Identifiant mission', 38),
  ],
  countUpTo(actor, limit) {
    return prisma.candidacy.count({ where: { AND: [{ status: 'ASSIGNED' }, { mission: missionScope(actor) }] }, take: limit });
  },
  async readBatch(actor, afterId, size) {
    const candidacies = await prisma.candidacy.findMany({
      where: { AND: [{ status: 'ASSIGNED' }, { mission: missionScope(actor) }, afterIdWhere(afterId)] },
      orderBy: { id: 'asc' },
      take: size,
      select: SELECT,
    });
    const rows = candidacies.map((c) => [
      c.decidedAt,
      pushedBy(c),
      c.professional.user.lastName,
      c.professional.user.firstName,
      c.professional.user.email,
      c.professional.phone,
      professionLabel(c.professional.professionCode),
      activityLabel(c.professional.activityType),
      c.mission.establishment.name,
      c.mission.establishment.finess ?? c.mission.establishment.gid,
      arsLabel(c.mission.establishment.regionCode),
      professionLabel(c.mission.professionCode),
      c.mission.startDate,
      c.mission.endDate,
      c.decidedBy?.email ?? null,
      c.id,
      c.mission.id,
    ]);
    return { rows, lastId: candidacies.at(-1)?.id ?? null };
  },
};
