import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import type { CandidateSheet } from '@/lib/dal/candidate-sheet';
import { isRppsNumberKnown } from '@/lib/dal/own-professional/record';
import { statusOfRow } from '@/lib/dal/professional-status';
import { volunteerSheetScope } from '@/lib/dal/scope';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';
import { isRegulator } from '@/lib/regulation/regulator';

// The volunteer sheet of the ARS/CCS volunteers table (« Actions »): the fields of the candidate sheet
// (SPEC §6.5) for anyone in volunteerSheetScope (lib/dal/scope.ts, shared with the document downloads):
// the volunteers who chose the ARS's region or hold a candidacy on one of its missions, everyone for the
// CCS. Plus the volunteer's candidacies, so the regulator sees where they are engaged. Out of scope is
// "not found", whether the id exists or not.

export interface VolunteerCandidacy {
  id: string;
  status: CandidacyStatus;
  missionId: string;
  establishmentName: string;
  missionProfessionCode: string;
  missionStartDate: Date;
  missionEndDate: Date;
  /** Pushed by an ARS/CCS (« Poussé par ARS/Direction Régionale ou CCS »). */
  proposed: boolean;
  updatedAt: Date;
}

export interface VolunteerSheet {
  sheet: CandidateSheet;
  regionCode: string;
  candidacies: VolunteerCandidacy[];
}

const CANDIDACY_LIMIT = 50;

export async function getVolunteerSheet(actor: Actor, professionalId: string, now = new Date()): Promise<VolunteerSheet | null> {
  if (!isRegulator(actor)) return null;
  const row = await prisma.professional.findFirst({
    where: { AND: [{ id: professionalId }, volunteerSheetScope(actor)] },
    include: {
      user: { select: { email: true, firstName: true, lastName: true } },
      periods: { select: { startDate: true, endDate: true }, orderBy: { startDate: 'asc' } },
      documents: { select: { id: true, kind: true, originalName: true } },
      candidacies: {
        orderBy: { updatedAt: 'desc' },
        take: CANDIDACY_LIMIT,
        include: { mission: { select: { id: true, professionCode: true, startDate: true, endDate: true, establishment: { select: { name: true } } } } },
      },
    },
  });
  if (!row) return null;
  const rppsVerified = row.identifierType === 'RPPS' && row.identifierNumber ? await isRppsNumberKnown(row.identifierNumber) : false;
  const sheet: CandidateSheet = {
    id: row.id,
    status: statusOfRow(row, now),
    lastName: row.user.lastName,
    firstName: row.user.firstName,
    email: row.user.email,
    phone: row.phone,
    postalCode: row.postalCode,
    city: row.city,
    departmentCode: row.departmentCode,
    professionCode: row.professionCode,
    speciality: row.speciality,
    activityType: row.activityType,
    identifierType: row.identifierType,
    identifierNumber: row.identifierNumber,
    rppsVerified,
    hasVehicle: row.hasVehicle,
    ehpadExperience: row.ehpadExperience,
    icuExperience: row.icuExperience,
    vaccinationExperience: row.vaccinationExperience,
    availableWeekdays: row.availableWeekdays,
    availableWeekends: row.availableWeekends,
    periods: row.periods,
    mobilisation: row.mobilisation,
    comment: row.comment,
    registeredAt: row.createdAt,
    documents: Object.fromEntries(row.documents.map((d) => [d.kind, { id: d.id, originalName: d.originalName }])),
  };
  const candidacies = row.candidacies.map((c) => ({
    id: c.id,
    status: c.status,
    missionId: c.mission.id,
    establishmentName: c.mission.establishment.name,
    missionProfessionCode: c.mission.professionCode,
    missionStartDate: c.mission.startDate,
    missionEndDate: c.mission.endDate,
    proposed: c.proposedAt !== null || c.proposedById !== null,
    updatedAt: c.updatedAt,
  }));
  return { sheet, regionCode: row.regionCode, candidacies };
}
