import 'server-only';
import type { RppsProcedure, RppsRequestStatus } from '@/lib/generated/prisma/enums';

// Which status a request may move to, per procedure (SPEC §8 and the manager guide's meaning of each
// status). Pure: the domain asks it before every status write, and the write itself is conditional on
// the status it read (transition.ts), so a transition the table does not list can never be stored.

type Status = RppsRequestStatus;

/** `null` is the creation of the request. */
type Edge = readonly [from: Status | null, to: Status];

/** What the directory (ours, or the national one later) answers to a request sent to it. */
const DIRECTORY_ANSWERS = ['RPPS_VALIDATED', 'REFUSED_BY_RPPS', 'TECHNICAL_REJECTION'] as const satisfies readonly Status[];
const answered = (from: Status): Edge[] => DIRECTORY_ANSWERS.map((to) => [from, to] as const);

const INITIAL_REGISTRATION: readonly Edge[] = [
  // The manager's wizard: a draft, then « Envoyer » to the directory.
  [null, 'REGISTRATION_IN_PROGRESS'],
  ['REGISTRATION_IN_PROGRESS', 'SENT_TO_RPPS'],
  // The professional's pre-registration: sent at once, or saved as a draft (« Enregistrer et terminer plus
  // tard », pre-registration-draft.ts) then sent or abandoned from the emailed link (decision 033).
  [null, 'ENTERED_BY_PROFESSIONAL'],
  [null, 'UNDER_REVIEW'],
  ['ENTERED_BY_PROFESSIONAL', 'UNDER_REVIEW'],
  ['ENTERED_BY_PROFESSIONAL', 'ABANDONED_BY_PROFESSIONAL'],
  // The manager checks it and validates or refuses; until then the professional may abandon it.
  ['UNDER_REVIEW', 'SENT_TO_RPPS'],
  ['UNDER_REVIEW', 'REFUSED_BY_AUTHORITY'],
  ['UNDER_REVIEW', 'ABANDONED_BY_PROFESSIONAL'],
  ...answered('SENT_TO_RPPS'),
];

/**
 * Changes to an existing record, made by a manager: sent to the directory at once — the cancellation of
 * a situation entered in error as well (updates.ts `cancelSituation`, decision 033), which the directory
 * refuses when the situation is gone or is the person's last.
 */
const MANAGER_UPDATE: readonly Edge[] = [[null, 'SENT_TO_RPPS'], ...answered('SENT_TO_RPPS')];

/**
 * Contact data and practice names can also be changed by the professional signed in with their e-CPS
 * (« Envoyée au RPPS par le professionnel »): « Mon enregistrement RPPS » (self-service.ts, decision 042),
 * for a session opened with Pro Santé Connect only — decision 033 says why a password may not stand in.
 */
const PROFESSIONAL_UPDATE: readonly Edge[] = [...MANAGER_UPDATE, [null, 'SENT_TO_RPPS_BY_PROFESSIONAL'], ...answered('SENT_TO_RPPS_BY_PROFESSIONAL')];

export const TRANSITIONS: Record<RppsProcedure, readonly Edge[]> = {
  INITIAL_REGISTRATION,
  ADD_SITUATION: MANAGER_UPDATE,
  CANCEL_SITUATION: MANAGER_UPDATE,
  CLOSE_SITUATION: MANAGER_UPDATE,
  UPDATE_INFORMATION: PROFESSIONAL_UPDATE,
  CHANGE_PRACTICE_NAME: PROFESSIONAL_UPDATE,
};

export function canCreate(procedure: RppsProcedure, status: Status): boolean {
  return TRANSITIONS[procedure].some(([from, to]) => from === null && to === status);
}

export function canTransition(procedure: RppsProcedure, from: Status, to: Status): boolean {
  return TRANSITIONS[procedure].some(([edgeFrom, edgeTo]) => edgeFrom === from && edgeTo === to);
}

export function nextStatuses(procedure: RppsProcedure, from: Status): Status[] {
  return TRANSITIONS[procedure].filter(([edgeFrom]) => edgeFrom === from).map(([, to]) => to);
}

/** No way out: the request is part of the history only. */
export function isFinal(procedure: RppsProcedure, status: Status): boolean {
  return nextStatuses(procedure, status).length === 0;
}

/** Statuses in which the directory owes an answer. */
export function awaitsDirectory(status: Status): boolean {
  return status === 'SENT_TO_RPPS' || status === 'SENT_TO_RPPS_BY_PROFESSIONAL';
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly procedure: RppsProcedure,
    readonly from: Status | null,
    readonly to: Status,
  ) {
    super(`RPPS request (${procedure}) cannot go from ${from ?? 'creation'} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

export function assertTransition(procedure: RppsProcedure, from: Status | null, to: Status): void {
  const allowed = from === null ? canCreate(procedure, to) : canTransition(procedure, from, to);
  if (!allowed) throw new IllegalTransitionError(procedure, from, to);
}
