import type { CandidacyStatus } from '@/lib/generated/prisma/enums';

// Candidacy life cycle of SPEC §10: PROPOSED → CONTACTED → ASSIGNED | REFUSED; PROPOSED → WITHDRAWN;
// CONTACTED → EXPIRED. Every change of status goes through `assertTransition`.

const NEXT: Record<CandidacyStatus, readonly CandidacyStatus[]> = {
  PROPOSED: ['CONTACTED', 'WITHDRAWN'],
  CONTACTED: ['ASSIGNED', 'REFUSED', 'EXPIRED'],
  ASSIGNED: [],
  REFUSED: [],
  WITHDRAWN: [],
  EXPIRED: [],
};

/** The statuses that hold a volunteer for one mission (at most one per volunteer, by a unique index). */
export const RESERVING_STATUSES = ['PROPOSED', 'CONTACTED'] as const satisfies readonly CandidacyStatus[];

export function canTransition(from: CandidacyStatus, to: CandidacyStatus): boolean {
  return NEXT[from].includes(to);
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: CandidacyStatus,
    readonly to: CandidacyStatus,
  ) {
    super(`candidacy cannot go from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

export function assertTransition(from: CandidacyStatus, to: CandidacyStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}

export function isTerminal(status: CandidacyStatus): boolean {
  return NEXT[status].length === 0;
}
