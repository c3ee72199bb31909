import type { CandidateRow } from '@/lib/candidates/search';
import type { CandidateSheet } from '@/lib/candidates/sheet';

// Léa Martin, a nurse « Disponible » from 1 December: the candidate the component tests' tables and sheets
// start from (lib/candidates/search.ts, sheet.ts). Each test overrides what it is about.

export const CANDIDATE_ID = 'a0000000-0000-4000-8000-000000000001';

/** A row of the candidate tables (« Choisir », « Proposer »). */
export function candidateRow(overrides: Partial<CandidateRow> = {}): CandidateRow {
  return {
    id: CANDIDATE_ID,
    lastName: 'Martin',
    firstName: 'Léa',
    departmentCode: '69',
    postalCode: '69006',
    professionCode: 'NURSE',
    speciality: null,
    startDate: '2026-12-01',
    endDate: null,
    ehpadExperience: false,
    icuExperience: false,
    vaccinationExperience: false,
    hasVehicle: true,
    mobilisation: 'LOCAL',
    phone: '0611223344',
    comment: null,
    status: 'DISPONIBLE',
    candidacyId: null,
    reservedUntil: null,
    overlapDays: 10,
    distanceKm: 12.5,
    assignedUntil: null,
    withinMobilisation: true,
    confirmedAt: '2026-12-03T09:00:00.000Z',
    ...overrides,
  };
}

/** The candidate sheet (SPEC §6.5) of the same volunteer. */
export function candidateSheet(overrides: Partial<CandidateSheet> = {}): CandidateSheet {
  return {
    id: CANDIDATE_ID,
    status: 'DISPONIBLE',
    assignedUntil: null,
    availabilityConfirmedAt: new Date(Date.UTC(2026, 11, 3, 9)),
    lastName: 'Martin',
    firstName: 'Léa',
    email: 'lea.martin@example.test',
    phone: '0611223344',
    postalCode: '69006',
    city: 'Lyon',
    departmentCode: '69',
    professionCode: 'NURSE',
    speciality: null,
    activityType: 'EMPLOYEE',
    identifierType: 'NONE',
    identifierNumber: null,
    rppsVerified: false,
    hasVehicle: false,
    ehpadExperience: false,
    icuExperience: false,
    vaccinationExperience: false,
    availableWeekdays: true,
    availableWeekends: false,
    periods: [],
    mobilisation: 'LOCAL',
    comment: null,
    registeredAt: new Date(Date.UTC(2026, 0, 5)),
    documents: {},
    ...overrides,
  };
}
