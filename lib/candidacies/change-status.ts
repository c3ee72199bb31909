import 'server-only';
import type { TransactionClient } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';
import { DomainError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { assertTransition } from '@/lib/candidacies/transitions';

// The one writer of candidacy statuses (SPEC §10: « every change of status goes through one transition
// function; none is written around it »). Contact, validation, refusal, pushes, withdrawals, the
// regulators' « Affecté », the volunteer's decline, the expiry job, archiving and the demo seed all call
// it: it checks the transition table, writes conditionally on the status the caller read (a lost race is
// detected, never overwritten), stamps the who/when columns of that transition and writes its audit row,
// in the caller's transaction. tests/unit/candidacy-status-writers.test.ts fails if code elsewhere
// writes a status; a trigger refuses any pair outside the table (docs/decisions/029).

/** The platform itself (the time-based jobs): audited and stamped without an account. */
export const SYSTEM_ACTOR = { system: true } as const;

export type StatusActor = { id: string } | typeof SYSTEM_ACTOR;

/** A candidacy as its caller read it: `status` is the one the change starts from. */
export interface CandidacyRef {
  id: string;
  status: CandidacyStatus;
  missionId: string;
  professionalId: string;
}

export interface StatusChange {
  /** The candidacy as read, or `{ create }` for a new one. */
  candidacy: CandidacyRef | { create: { missionId: string; professionalId: string } };
  to: CandidacyStatus;
  actor: StatusActor;
  now: Date;
  /** An ARS or the CCS setting « Affecté » for the establishment (SPEC §7.2): audited as such. */
  onBehalf?: boolean;
  /** The French message when the candidacy is no longer at the status read (default CANDIDACY_CHANGED). */
  changedMessage?: string;
  /** More for the audit row than the mission and the volunteer. */
  details?: Record<string, Prisma.InputJsonValue>;
}

export const CANDIDACY_CHANGED = 'La candidature a changé entre-temps. Actualisez la page.';

/** The exclusion constraint candidacies_no_overlapping_assignments, said to a person. */
export const OVERLAPPING_ASSIGNMENT = 'Ce professionnel est déjà affecté sur une mission à ces dates.';

/** The candidacy left the status its caller read: someone else changed it first. */
export class CandidacyChangedError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = 'CandidacyChangedError';
  }
}

// The journal's action code of each transition, by the status it reaches (each has one meaning).
const AUDIT_ACTIONS: Record<CandidacyStatus, string> = {
  PROPOSED: 'candidacy.propose',
  CONTACTED: 'candidacy.contact',
  ASSIGNED: 'candidacy.validate',
  REFUSED: 'candidacy.refuse',
  WITHDRAWN: 'candidacy.withdraw',
  EXPIRED: 'candidacy.expire',
  DECLINED: 'candidacy.decline',
};
const ON_BEHALF_ACTIONS: Partial<Record<CandidacyStatus, string>> = {
  CONTACTED: 'candidacy.contact-on-behalf',
  ASSIGNED: 'candidacy.assign-on-behalf',
};

/** Who and when, in the columns that belong to the transition reaching `to`. */
function stamp(to: CandidacyStatus, actorId: string | null, now: Date) {
  if (to === 'PROPOSED') return { proposedById: actorId, proposedAt: now };
  if (to === 'CONTACTED') return { contactedById: actorId, contactedAt: now };
  return { decidedById: actorId, decidedAt: now };
}

/**
 * Moves a candidacy to `change.to` (or creates it there), inside the caller's transaction. Throws
 * IllegalTransitionError for a pair outside SPEC §10 (a programming error) and CandidacyChangedError
 * when the row is no longer at the status read; the database's own errors (one reservation per
 * volunteer, overlapping assignments) abort the transaction and reach the caller's catch.
 */
export async function changeCandidacyStatus(tx: TransactionClient, change: StatusChange): Promise<CandidacyRef> {
  const from = 'create' in change.candidacy ? null : change.candidacy.status;
  assertTransition(from, change.to);
  const actorId = 'system' in change.actor ? null : change.actor.id;
  const data = { status: change.to, ...stamp(change.to, actorId, change.now) };

  let changed: CandidacyRef;
  if ('create' in change.candidacy) {
    const { missionId, professionalId } = change.candidacy.create;
    const created = await tx.candidacy.create({ data: { missionId, professionalId, ...data }, select: { id: true } });
    changed = { id: created.id, status: change.to, missionId, professionalId };
  } else {
    const current = change.candidacy;
    const updated = await tx.candidacy.updateMany({ where: { id: current.id, status: current.status }, data });
    if (updated.count !== 1) throw new CandidacyChangedError(change.changedMessage ?? CANDIDACY_CHANGED);
    changed = { id: current.id, status: change.to, missionId: current.missionId, professionalId: current.professionalId };
  }

  await writeAudit(tx, {
    actorId,
    action: (change.onBehalf ? ON_BEHALF_ACTIONS[change.to] : undefined) ?? AUDIT_ACTIONS[change.to],
    entityType: 'Candidacy',
    entityId: changed.id,
    details: { missionId: changed.missionId, professionalId: changed.professionalId, ...change.details },
  });
  return changed;
}
