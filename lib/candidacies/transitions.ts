import type { CandidacyStatus } from '@/lib/generated/prisma/enums';

// Candidacy life cycle of SPEC §10: created PROPOSED (pushed by an ARS/CCS) or CONTACTED (by an
// establishment); PROPOSED → CONTACTED → ASSIGNED | REFUSED; PROPOSED → WITHDRAWN; CONTACTED → EXPIRED;
// PROPOSED | CONTACTED → DECLINED (by the volunteer). Statuses are written by one function,
// changeCandidacyStatus (change-status.ts), which checks this table; migration
// 20261206010100_candidacy_transitions renders the same table in SQL for a trigger
// (tests/integration/candidacy-lifecycle-db.test.ts holds the two together).

/** The statuses a candidacy may be created with. */
export const INITIAL_STATUSES = ['PROPOSED', 'CONTACTED'] as const satisfies readonly CandidacyStatus[];

const NEXT: Record<CandidacyStatus, readonly CandidacyStatus[]> = {
  PROPOSED: ['CONTACTED', 'WITHDRAWN', 'DECLINED'],
  CONTACTED: ['ASSIGNED', 'REFUSED', 'EXPIRED', 'DECLINED'],
  ASSIGNED: [],
  REFUSED: [],
  WITHDRAWN: [],
  EXPIRED: [],
  DECLINED: [],
};

/** Every candidacy status, in the enum's order. */
export const CANDIDACY_STATUSES = Object.keys(NEXT) as CandidacyStatus[];

/** The statuses that hold a volunteer for one mission (at most one per volunteer, by a unique index). */
export const RESERVING_STATUSES = ['PROPOSED', 'CONTACTED'] as const satisfies readonly CandidacyStatus[];

/** `from` null: whether a candidacy may be created with `to`. */
export function canTransition(from: CandidacyStatus | null, to: CandidacyStatus): boolean {
  return from === null ? (INITIAL_STATUSES as readonly CandidacyStatus[]).includes(to) : NEXT[from].includes(to);
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: CandidacyStatus | null,
    readonly to: CandidacyStatus,
  ) {
    super(from === null ? `a candidacy cannot be created ${to}` : `candidacy cannot go from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

export function assertTransition(from: CandidacyStatus | null, to: CandidacyStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}

export function isTerminal(status: CandidacyStatus): boolean {
  return NEXT[status].length === 0;
}
