import type { PscRequirementSetting } from '@/lib/federation/psc-requirement';
import type { AccountActions } from '@/components/administration/action-types';
import type { ActionResult } from '@/lib/actions/result';
import type { ArchiveOutcome } from '@/lib/missions/archive';
import type {
  AssignOnBehalfInput,
  CandidacyActionInput,
  CheckinPeriodInput,
  PscRequirementInput,
  CrisisEndInput,
  CrisisStartInput,
  MissionActionInput,
  ProposeInput,
  ReservationDelayInput,
} from '@/lib/regulation/schemas';

// The server actions of the ARS and CCS pages, handed to the shared client components as props: each
// area (`/ars/…`, `/ccs/…`) passes the same ones (app/(regulation)/_actions), which the wrapper follows
// with a revalidation of the actor's own area.

type Act<Input, Output> = (input: Input) => Promise<ActionResult<Output>>;

export interface MissionRowActions {
  archive: Act<MissionActionInput, ArchiveOutcome>;
}

export interface ProposerActions extends MissionRowActions {
  propose: Act<ProposeInput, { proposed: number }>;
  withdraw: Act<CandidacyActionInput, undefined>;
  /** « Libérer » an establishment's reservation (« Contacté »). */
  release: Act<CandidacyActionInput, undefined>;
  assign: Act<AssignOnBehalfInput, { candidacyId: string }>;
  /** The ARS's « Alerter le CCS ». */
  alertCcs?: Act<MissionActionInput, { alertedAt: Date }>;
  /** The CCS's « Ouvrir le vivier national ». */
  openNationalPool?: Act<MissionActionInput, { openedAt: Date }>;
}

/** The volunteer sheet: « Désactiver » / « Réactiver » its account; « Libérer » a reservation, « Retirer » a proposal among its candidacies. */
export interface VolunteerSheetActions extends AccountActions {
  release: ProposerActions['release'];
  withdraw: ProposerActions['withdraw'];
}

export interface CrisisActions {
  start: Act<CrisisStartInput, { crisisModeId: string }>;
  end: Act<CrisisEndInput, undefined>;
}

export interface SettingsActions {
  saveReservationDelay: Act<ReservationDelayInput, { reservationDelayHours: number }>;
  /** The CCS's national period of the availability check-ins. */
  saveCheckinPeriod?: Act<CheckinPeriodInput, { checkinPeriodDays: number }>;
  /** The CCS's « Exiger Pro Santé Connect pour les gestionnaires RPPS+ ». */
  savePscRequirement?: Act<PscRequirementInput, PscRequirementSetting>;
}
