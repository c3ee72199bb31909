import 'server-only';
import { prisma } from '@/lib/db';
import { professionalScope } from '@/lib/access/scope';
import { STATUS_INPUTS_SELECT, VOLUNTEER_STATUS_LABELS, statusOfRow } from '@/lib/professionals/status';
import { RECORD_FIELDS_SELECT } from '@/lib/professionals/record-fields';
import type { Prisma } from '@/lib/generated/prisma/client';
import { csvText, instant, text, yesNo } from '@/lib/exports/cells';
import { afterIdWhere, type ExportDataset } from '@/lib/exports/dataset';
import { ACCOUNT_STATUS_LABELS, activityLabel, identifierTypeLabel, mobilisationLabel, professionLabel, regionLabel, specialityLabel } from '@/lib/exports/labels';

// Volunteers of the scope (an ARS: those who chose its region; the CCS: all), with the status of
// SPEC §10 computed by the same pure rule as every screen (volunteerStatus), at the time of the export.

const SELECT = {
  id: true,
  ...RECORD_FIELDS_SELECT,
  departmentCode: true,
  regionCode: true,
  employer: true,
  ...STATUS_INPUTS_SELECT,
  createdAt: true,
  user: { select: { email: true, firstName: true, lastName: true, status: true } },
} satisfies Prisma.ProfessionalSelect;

type Row = Prisma.ProfessionalGetPayload<{ select: typeof SELECT }>;

/** « 01/12/2026 → 31/01/2027 ; 01/03/2027 → sans fin ». */
function periodsText(periods: Row['periods']): string {
  return periods.map((p) => `${csvText('date', p.startDate)} → ${p.endDate ? csvText('date', p.endDate) : 'sans fin'}`).join(' ; ');
}

export const volunteersDataset: ExportDataset = {
  slug: 'benevoles',
  title: 'Bénévoles',
  columns: [
    text('Nom'),
    text('Prénom'),
    text('Courriel', 30),
    text('Téléphone', 14),
    text('CP', 7),
    text('Ville', 20),
    text('Département', 8),
    text('Région', 20),
    text('Profession', 28),
    text('Spécialité', 24),
    text("Type d'activité", 12),
    text("Type d'identifiant", 8),
    text('Identifiant', 12),
    text('Employeur', 24),
    text('Véhicule personnel', 8),
    text('Expérience en EHPAD', 8),
    text('Expérience en réanimation', 8),
    text('Expérience en vaccination', 8),
    text('Disponible en semaine', 8),
    text('Disponible le week-end', 8),
    text('Mobilisation', 14),
    text('Statut', 12),
    text('Périodes de disponibilité', 40),
    text('Commentaire', 40),
    text('Compte', 12),
    instant("Date d'enregistrement"),
    text('Identifiant fiche', 38),
  ],
  countUpTo(actor, limit) {
    return prisma.professional.count({ where: professionalScope(actor), take: limit });
  },
  async readBatch(actor, afterId, size) {
    const now = new Date();
    const professionals = await prisma.professional.findMany({
      where: { AND: [professionalScope(actor), afterIdWhere(afterId)] },
      orderBy: { id: 'asc' },
      take: size,
      select: SELECT,
    });
    const rows = professionals.map((p) => {
      const status = statusOfRow(p, now);
      return [
        p.user.lastName,
        p.user.firstName,
        p.user.email,
        p.phone,
        p.postalCode,
        p.city,
        p.departmentCode,
        regionLabel(p.regionCode),
        professionLabel(p.professionCode),
        specialityLabel(p.speciality),
        activityLabel(p.activityType),
        identifierTypeLabel(p.identifierType),
        p.identifierNumber,
        p.employer,
        yesNo(p.hasVehicle),
        yesNo(p.ehpadExperience),
        yesNo(p.icuExperience),
        yesNo(p.vaccinationExperience),
        yesNo(p.availableWeekdays),
        yesNo(p.availableWeekends),
        mobilisationLabel(p.mobilisation),
        VOLUNTEER_STATUS_LABELS[status],
        periodsText(p.periods),
        p.comment,
        ACCOUNT_STATUS_LABELS[p.user.status],
        p.createdAt,
        p.id,
      ];
    });
    return { rows, lastId: professionals.at(-1)?.id ?? null };
  },
};
