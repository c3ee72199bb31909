import { RppsProcedure, RppsRequestStatus } from '@/lib/generated/prisma/enums';
import { RPPS_STATUS_LABELS, RPPS_STATUSES } from '@/lib/rpps/shared/labels';
import { assertTransition, awaitsDirectory, canCreate, canTransition, IllegalTransitionError, isFinal, TRANSITIONS } from '@/lib/rpps/status-machine';

// The status machine of RPPS+ requests (SPEC §8), checked against a table written here from the guide's
// meaning of each status — independently of the module's own table — over every (procedure, from, to).

const STATUSES = Object.values(RppsRequestStatus);
const PROCEDURES = Object.values(RppsProcedure);
type S = RppsRequestStatus;

const DIRECTORY: S[] = ['RPPS_VALIDATED', 'REFUSED_BY_RPPS', 'TECHNICAL_REJECTION'];

const EXPECTED_MOVES: Record<RppsProcedure, Partial<Record<S, S[]>>> = {
  INITIAL_REGISTRATION: {
    REGISTRATION_IN_PROGRESS: ['SENT_TO_RPPS'],
    ENTERED_BY_PROFESSIONAL: ['UNDER_REVIEW', 'ABANDONED_BY_PROFESSIONAL'],
    UNDER_REVIEW: ['SENT_TO_RPPS', 'REFUSED_BY_AUTHORITY', 'ABANDONED_BY_PROFESSIONAL'],
    SENT_TO_RPPS: DIRECTORY,
  },
  ADD_SITUATION: { SENT_TO_RPPS: DIRECTORY },
  CANCEL_SITUATION: { SENT_TO_RPPS: DIRECTORY },
  CLOSE_SITUATION: { SENT_TO_RPPS: DIRECTORY },
  UPDATE_INFORMATION: { SENT_TO_RPPS: DIRECTORY, SENT_TO_RPPS_BY_PROFESSIONAL: DIRECTORY },
  CHANGE_PRACTICE_NAME: { SENT_TO_RPPS: DIRECTORY, SENT_TO_RPPS_BY_PROFESSIONAL: DIRECTORY },
};

const EXPECTED_CREATIONS: Record<RppsProcedure, S[]> = {
  INITIAL_REGISTRATION: ['REGISTRATION_IN_PROGRESS', 'ENTERED_BY_PROFESSIONAL', 'UNDER_REVIEW'],
  ADD_SITUATION: ['SENT_TO_RPPS'],
  CANCEL_SITUATION: ['SENT_TO_RPPS'],
  CLOSE_SITUATION: ['SENT_TO_RPPS'],
  UPDATE_INFORMATION: ['SENT_TO_RPPS', 'SENT_TO_RPPS_BY_PROFESSIONAL'],
  CHANGE_PRACTICE_NAME: ['SENT_TO_RPPS', 'SENT_TO_RPPS_BY_PROFESSIONAL'],
};

const everyMove = PROCEDURES.flatMap((procedure) => STATUSES.flatMap((from) => STATUSES.map((to) => [procedure, from, to] as const)));

describe('RPPS request transitions', () => {
  it.each(everyMove)('%s: %s → %s is allowed exactly when the guide allows it', (procedure, from, to) => {
    const allowed = (EXPECTED_MOVES[procedure][from] ?? []).includes(to);
    expect(canTransition(procedure, from, to)).toBe(allowed);
    if (allowed) expect(() => assertTransition(procedure, from, to)).not.toThrow();
    else expect(() => assertTransition(procedure, from, to)).toThrow(IllegalTransitionError);
  });

  it.each(PROCEDURES.flatMap((procedure) => STATUSES.map((status) => [procedure, status] as const)))(
    '%s is created only in its first statuses (%s)',
    (procedure, status) => {
      const allowed = EXPECTED_CREATIONS[procedure].includes(status);
      expect(canCreate(procedure, status)).toBe(allowed);
      if (!allowed) expect(() => assertTransition(procedure, null, status)).toThrow(IllegalTransitionError);
    },
  );

  it('ends every procedure in the statuses that are history only', () => {
    for (const procedure of PROCEDURES) {
      for (const status of ['RPPS_VALIDATED', 'REFUSED_BY_RPPS', 'TECHNICAL_REJECTION', 'REFUSED_BY_AUTHORITY', 'ABANDONED_BY_PROFESSIONAL'] as const) {
        expect(isFinal(procedure, status)).toBe(true);
      }
    }
    expect(isFinal('INITIAL_REGISTRATION', 'UNDER_REVIEW')).toBe(false);
  });

  it('never lets a validated registration be abandoned, refused or sent again', () => {
    for (const to of STATUSES) expect(canTransition('INITIAL_REGISTRATION', 'RPPS_VALIDATED', to)).toBe(false);
    expect(canTransition('INITIAL_REGISTRATION', 'SENT_TO_RPPS', 'ABANDONED_BY_PROFESSIONAL')).toBe(false);
    expect(canTransition('INITIAL_REGISTRATION', 'REGISTRATION_IN_PROGRESS', 'REFUSED_BY_AUTHORITY')).toBe(false);
  });

  it('knows which statuses wait for the directory', () => {
    expect(STATUSES.filter(awaitsDirectory).sort()).toEqual(['SENT_TO_RPPS', 'SENT_TO_RPPS_BY_PROFESSIONAL']);
  });

  it('names the illegal move in its error', () => {
    expect(() => assertTransition('CLOSE_SITUATION', 'RPPS_VALIDATED', 'SENT_TO_RPPS')).toThrow(
      'RPPS request (CLOSE_SITUATION) cannot go from RPPS_VALIDATED to SENT_TO_RPPS',
    );
  });

  it('offers in the list filter the ten statuses of the guide, in its order, each one reachable by the machine', () => {
    expect(RPPS_STATUSES.map((status) => RPPS_STATUS_LABELS[status])).toEqual([
      'Saisie par le professionnel',
      "En cours d'enregistrement",
      'Abandonnée par le professionnel',
      'Envoyée au RPPS',
      "Refusée par l'autorité d'enregistrement",
      'Enregistrement RPPS validé',
      'Refusé par le RPPS',
      "En cours d'instruction",
      'Envoyée au RPPS par le professionnel',
      'Rejet technique',
    ]);
    const reachable = new Set(Object.values(TRANSITIONS).flatMap((edges) => edges.map(([, to]) => to)));
    expect(RPPS_STATUSES.filter((status) => !reachable.has(status))).toEqual([]);
  });
});
