/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { ProposerTable } from '@/components/regulation/proposer-table';
import { VolunteerSheetPage } from '@/components/regulation/volunteer-sheet-page';
import { candidateQuerySchema } from '@/lib/candidates/query';
import type { VolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { candidateRow, candidateSheet } from './support/candidates';

// The links that carry a « Proposer » mission to the regulators' volunteer sheet and on to its documents:
// the sheet and the download route let a volunteer of that mission's pool in through it
// (lib/candidates/access.ts, tests/integration/regulator-volunteer-sheet.test.ts). A sheet let in by the
// scope keeps its plain links.
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn(), replace: jest.fn() }) }));

const MISSION = '11111111-1111-4111-8111-111111111111';
const VOLUNTEER = 'a0000000-0000-4000-8000-000000000001';
const DOCUMENT = 'd0000000-0000-4000-8000-000000000001';

const row = candidateRow({ id: VOLUNTEER, departmentCode: '976', postalCode: '97600', mobilisation: 'NATIONAL', distanceKm: null });
const sheet = candidateSheet({
  id: VOLUNTEER,
  postalCode: '97600',
  city: 'Mamoudzou',
  departmentCode: '976',
  mobilisation: 'NATIONAL',
  documents: { DIPLOMA: { id: DOCUMENT, originalName: 'diplome.png' } },
});

const found = (missionId: string | null): VolunteerSheet => ({ sheet, regionCode: '06', candidacies: [], missionId, account: null });
const actions = { resend: jest.fn(), disable: jest.fn(), reactivate: jest.fn(), attach: jest.fn(), detach: jest.fn(), release: jest.fn(), withdraw: jest.fn() };

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
