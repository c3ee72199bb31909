import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { SHEET_SELECT, toCandidateSheet, type CandidateSheet } from '@/lib/candidates/sheet';
import { volunteerSheetAccess } from '@/lib/candidates/access';
import { missionScope } from '@/lib/access/scope';
import type { CandidacyStatus, UserStatus } from '@/lib/generated/prisma/enums';
import { isRegulator } from '@/lib/access/checks';
import { STATUS_INPUTS_SELECT } from '@/lib/professionals/status';
import { administrableScope } from '@/lib/accounts/account-scope';

// The volunteer sheet of the ARS/CCS (« Actions » of the volunteers table, « Fiche » of « Proposer »): the
// fields of the candidate sheet (SPEC §6.5) for anyone volunteerSheetAccess lets in (lib/candidates/access.ts,
// shared with the document downloads): the volunteers of volunteerSheetScope — who chose the ARS's region
// or hold a candidacy on one of its missions, everyone for the CCS — and, through a mission the regulator
// acts on, that mission's « Proposer » pool. Plus the volunteer's candidacies on the missions of the
// actor's scope, so the regulator sees where they are engaged (an ARS, in its region; the CCS, everywhere).
// Out of the rule is "not found", whether the id exists or not.

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
  /**
   * « Libérer » is offered (docs/decisions/043): a « Contacté » on a mission of the actor's scope, the one
   * releaseReservation checks — every listed candidacy is on one, by the list's own where.
   */
  releasable: boolean;
  /** « Retirer » is offered: a proposal (« En cours ») on a mission of the actor's scope, as withdrawProposal checks. */
  withdrawable: boolean;
}

export interface VolunteerSheet {
  sheet: CandidateSheet;
  regionCode: string;
  candidacies: VolunteerCandidacy[];
  /** The mission the sheet was let in through (its « Proposer » pool): its document links carry it. Null when the scope let it in. */
  missionId: string | null;
  /**
   * The volunteer's account, when the actor administers it (SPEC §2: the ARS of the volunteer's region, the
   * CCS): « Désactiver » / « Réactiver » are on the sheet. Null otherwise (a volunteer of another region).
   */
  account: { userId: string; status: UserStatus; disabledReason: string | null; disabledAt: Date | null } | null;
}

const CANDIDACY_LIMIT = 50;

/** `missionId`: the mission of the « Proposer » page the sheet was opened from (`?mission=`), if any. */
export async function getVolunteerSheet(actor: Actor, professionalId: string, now = new Date(), missionId: string | null = null): Promise<VolunteerSheet | null> {
  if (!isRegulator(actor)) return null;
  const access = await volunteerSheetAccess(actor, professionalId, missionId, now);
  if (!access) return null;
  const [row, listed] = await Promise.all([
    prisma.professional.findUnique({
      where: { id: professionalId },
      // The status reads every reservation and assignment, in whichever region: « Affecté » is « Affecté ».
      select: { ...SHEET_SELECT, regionCode: true, candidacies: STATUS_INPUTS_SELECT.candidacies },
    }),
    // The list, only on the missions of the actor's scope: those are the ones it may open.
    prisma.candidacy.findMany({
      where: { professionalId, mission: missionScope(actor) },
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
    }),
  ]);
  if (!row) return null;
  const account = await prisma.user.findFirst({
    where: { AND: [{ id: row.userId }, administrableScope(actor)] },
    select: { id: true, status: true, disabledReason: true, disabledAt: true },
  });
  const { regionCode, ...sheetRow } = row;
  const sheet = await toCandidateSheet(sheetRow, now);
  const candidacies = listed.map((c) => ({
    id: c.id,
    status: c.status,
    missionId: c.mission.id,
    establishmentName: c.mission.establishment.name,
    missionProfessionCode: c.mission.professionCode,
    missionStartDate: c.mission.startDate,
    missionEndDate: c.mission.endDate,
    proposed: c.proposedAt !== null || c.proposedById !== null,
    updatedAt: c.updatedAt,
    releasable: c.status === 'CONTACTED',
    withdrawable: c.status === 'PROPOSED',
  }));
  return {
    sheet,
    regionCode,
    candidacies,
    missionId: access.via === 'mission' ? access.missionId : null,
    account: account ? { userId: account.id, status: account.status, disabledReason: account.disabledReason, disabledAt: account.disabledAt } : null,
  };
}
