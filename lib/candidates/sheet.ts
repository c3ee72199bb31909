import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { prisma } from '@/lib/db';
import { establishmentMaySeeCandidate } from '@/lib/candidates/access';
import { isRppsVerified } from '@/lib/professionals/own/record';
import { assignedUntil, STATUS_INPUTS_SELECT, statusOfRow, type VolunteerStatus } from '@/lib/professionals/status';
import { RECORD_FIELDS_SELECT } from '@/lib/professionals/record-fields';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ActivityType, CandidacyStatus, DocumentKind, IdentifierType, Mobilisation } from '@/lib/generated/prisma/enums';

// The candidate sheet of an establishment (SPEC §6.5), opened from « Choisir » and from the
// assignments. Out of the rule of lib/candidates/access.ts it is "not found", like any other id.

export interface CandidateSheet {
  id: string;
  status: VolunteerStatus;
  /** « Affecté jusqu'au … »: the end of their current assignments, whatever their status now (SPEC §6.4). */
  assignedUntil: Date | null;
  lastName: string;
  firstName: string;
  email: string;
  phone: string;
  postalCode: string;
  city: string;
  departmentCode: string;
  professionCode: string;
  speciality: string | null;
  activityType: ActivityType;
  identifierType: IdentifierType;
  identifierNumber: string | null;
  /** « RPPS vérifié »: the number is known to our RPPS directory. */
  rppsVerified: boolean;
  hasVehicle: boolean;
  ehpadExperience: boolean;
  icuExperience: boolean;
  vaccinationExperience: boolean;
  availableWeekdays: boolean;
  availableWeekends: boolean;
  periods: { startDate: Date; endDate: Date | null }[];
  mobilisation: Mobilisation;
  comment: string | null;
  registeredAt: Date;
  /** « Disponibilité confirmée le … » (SPEC §5.2): the volunteer's last word on their availability. */
  availabilityConfirmedAt: Date;
  /** Download through /api/documents/[id], which applies the same rule and logs the read. */
  documents: Partial<Record<DocumentKind, { id: string; originalName: string }>>;
}

/** What every volunteer sheet reads (the establishment's here, the regulators' in lib/regulation), less the candidacies. */
export const SHEET_SELECT = {
  id: true,
  userId: true,
  ...RECORD_FIELDS_SELECT,
  departmentCode: true,
  available: true,
  periods: STATUS_INPUTS_SELECT.periods,
  createdAt: true,
  availabilityConfirmedAt: true,
  user: { select: { email: true, firstName: true, lastName: true, status: true } },
  documents: { select: { id: true, kind: true, originalName: true } },
} satisfies Prisma.ProfessionalSelect;

type SheetRow = Prisma.ProfessionalGetPayload<{ select: typeof SHEET_SELECT }> & {
  /** At least the reservation and the assignments, for the status. */
  candidacies: { status: CandidacyStatus; mission: { endDate: Date } }[];
};

/** The sheet of a row read with SHEET_SELECT and its candidacies. */
export async function toCandidateSheet(row: SheetRow, now: Date): Promise<CandidateSheet> {
  const { user: { status: accountStatus, ...user }, documents, candidacies, available, createdAt, userId, ...record } = row;
  const rppsVerified = await isRppsVerified({ userId, identifierType: record.identifierType, identifierNumber: record.identifierNumber });
  return {
    ...record,
    ...user,
    status: statusOfRow({ available, user: { status: accountStatus }, periods: record.periods, candidacies }, now),
    assignedUntil: assignedUntil(candidacies.map((c) => ({ status: c.status, missionEndDate: c.mission.endDate })), now),
    rppsVerified,
    registeredAt: createdAt,
    documents: Object.fromEntries(documents.map((document) => [document.kind, { id: document.id, originalName: document.originalName }])),
  };
}

export async function getCandidateSheet(actor: Actor, professionalId: string, now = new Date()): Promise<CandidateSheet | null> {
  if (!(await establishmentMaySeeCandidate(actor, professionalId, now))) return null;
  const row = await prisma.professional.findUnique({
    where: { id: professionalId },
    // Of the candidacies, only what the status needs: whether they are reserved or assigned, not by whom.
    select: { ...SHEET_SELECT, candidacies: STATUS_INPUTS_SELECT.candidacies },
  });
  return row ? toCandidateSheet(row, now) : null;
}
