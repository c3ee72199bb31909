import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { SHEET_SELECT, toCandidateSheet, type CandidateSheet } from '@/lib/candidates/sheet';
import { volunteerSheetScope } from '@/lib/access/scope';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';
import { isRegulator } from '@/lib/access/checks';

// The volunteer sheet of the ARS/CCS volunteers table (« Actions »): the fields of the candidate sheet
// (SPEC §6.5) for anyone in volunteerSheetScope (lib/access/scope.ts, shared with the document downloads):
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
    select: {
      ...SHEET_SELECT,
      regionCode: true,
      candidacies: {
        orderBy: { updatedAt: 'desc' },
        take: CANDIDACY_LIMIT,
        select: {
          id: true,
          status: true,
          proposedAt: true,
          proposedById: true,
          updatedAt: true,
          mission: { select: { id: true, professionCode: true, startDate: true, endDate: true, establishment: { select: { name: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const { regionCode, ...sheetRow } = row;
  const sheet = await toCandidateSheet(sheetRow, now);
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
  return { sheet, regionCode, candidacies };
}
