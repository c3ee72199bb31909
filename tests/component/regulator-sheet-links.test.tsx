/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { ProposerTable } from '@/components/regulation/proposer-table';
import { VolunteerSheetPage } from '@/components/regulation/volunteer-sheet-page';
import { candidateQuerySchema } from '@/lib/candidates/query';
import type { CandidateRow } from '@/lib/candidates/search';
import type { CandidateSheet } from '@/lib/candidates/sheet';
import type { VolunteerSheet } from '@/lib/professionals/regulator-sheet';

// The links that carry a « Proposer » mission to the regulators' volunteer sheet and on to its documents:
// the sheet and the download route let a volunteer of that mission's pool in through it
// (lib/candidates/access.ts, tests/integration/regulator-volunteer-sheet.test.ts). A sheet let in by the
// scope keeps its plain links.
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn(), replace: jest.fn() }) }));

const MISSION = '11111111-1111-4111-8111-111111111111';
const VOLUNTEER = 'a0000000-0000-4000-8000-000000000001';
const DOCUMENT = 'd0000000-0000-4000-8000-000000000001';

const row: CandidateRow = {
  id: VOLUNTEER,
  lastName: 'Martin',
  firstName: 'Léa',
  departmentCode: '976',
  postalCode: '97600',
  professionCode: 'NURSE',
  speciality: null,
  startDate: '2026-12-01',
  endDate: null,
  ehpadExperience: false,
  icuExperience: false,
  vaccinationExperience: false,
  hasVehicle: true,
  mobilisation: 'NATIONAL',
  phone: '0611223344',
  comment: null,
  status: 'DISPONIBLE',
  candidacyId: null,
  reservedUntil: null,
  overlapDays: 10,
  distanceKm: null,
  assignedUntil: null,
  withinMobilisation: true,
  confirmedAt: '2026-12-03T09:00:00.000Z',
};

const sheet: CandidateSheet = {
  id: VOLUNTEER,
  status: 'DISPONIBLE',
  assignedUntil: null,
  availabilityConfirmedAt: new Date(Date.UTC(2026, 11, 3, 9)),
  lastName: 'Martin',
  firstName: 'Léa',
  email: 'lea.martin@example.test',
  phone: '0611223344',
  postalCode: '97600',
  city: 'Mamoudzou',
  departmentCode: '976',
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
  mobilisation: 'NATIONAL',
  comment: null,
  registeredAt: new Date(Date.UTC(2026, 0, 5)),
  documents: { DIPLOMA: { id: DOCUMENT, originalName: 'diplome.png' } },
};

const found = (missionId: string | null): VolunteerSheet => ({ sheet, regionCode: '06', candidacies: [], missionId, account: null });
const actions = { resend: jest.fn(), disable: jest.fn(), reactivate: jest.fn(), attach: jest.fn(), detach: jest.fn() };

it('« Proposer »: the « Fiche » link carries the mission', () => {
  render(
    <ProposerTable
      missionId={MISSION}
      establishmentName="Centre hospitalier"
      base="/ars"
      pathname={`/ars/missions/${MISSION}`}
      query={candidateQuerySchema.parse({})}
      rows={[row]}
      canAct
      actions={{ propose: jest.fn(), assign: jest.fn() }}
    />,
  );
  expect(screen.getByRole('link', { name: /^Fiche de Léa Martin/ })).toHaveAttribute('href', `/ars/benevoles/${VOLUNTEER}?mission=${MISSION}`);
});

it('the sheet: let in through a mission, its documents carry it and it leads back there; let in by the scope, plain links as before', () => {
  const { unmount } = render(<VolunteerSheetPage base="/ars" found={found(MISSION)} actions={actions} />);
  expect(screen.getByRole('link', { name: /Télécharger le diplôme/ })).toHaveAttribute('href', `/api/documents/${DOCUMENT}?mission=${MISSION}`);
  expect(screen.getByRole('link', { name: 'Retour à la mission' })).toHaveAttribute('href', `/ars/missions/${MISSION}`);
  unmount();

  render(<VolunteerSheetPage base="/ccs" found={found(null)} actions={actions} />);
  expect(screen.getByRole('link', { name: /Télécharger le diplôme/ })).toHaveAttribute('href', `/api/documents/${DOCUMENT}`);
  expect(screen.getByRole('link', { name: 'Retour aux bénévoles' })).toHaveAttribute('href', '/ccs/benevoles');
});
