/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { ProposerTable } from '@/components/regulation/proposer-table';
import { CandidateTable } from '@/components/candidates/candidate-table';
import { CandidateSheet } from '@/components/establishment/candidate-sheet';
import { candidateQuerySchema } from '@/lib/candidates/query';
import type { CandidateRow } from '@/lib/candidates/search';
import { candidateRow, candidateSheet } from './support/candidates';

// What SPEC §6.4 adds to the candidate tables: the regulators' « Proposer » shows each volunteer's
// « Mobilisation » and their distance, and says who is beyond it (they may push them all the same); both
// tables and the sheet say « Affecté jusqu'au … » for a volunteer assigned until before the mission.
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn(), replace: jest.fn() }) }));

const MISSION = '11111111-1111-4111-8111-111111111111';

function row(n: number, overrides: Partial<CandidateRow>): CandidateRow {
  return candidateRow({ id: `a0000000-0000-4000-8000-00000000000${n}`, firstName: `Prénom${n}`, ...overrides });
}

const ROWS = [
  row(1, { distanceKm: 29.4 }),
  row(2, { distanceKm: 31, withinMobilisation: false }),
  row(3, { mobilisation: 'REGIONAL', distanceKm: null, assignedUntil: '2026-12-20' }),
];

const cellsOf = (firstName: string) => within(screen.getByRole('row', { name: new RegExp(firstName) })).getAllByRole('cell');

describe('« Proposer » (regulators): level and distance', () => {
  function renderProposer() {
    const actions = { propose: jest.fn(), assign: jest.fn() };
    return render(
      <ProposerTable
        missionId={MISSION}
        establishmentName="Clinique du Parc de Lyon"
        base="/ars"
        pathname={`/ars/missions/${MISSION}`}
        query={candidateQuerySchema.parse({})}
        rows={ROWS}
        canAct
        actions={actions}
      />,
    );
  }

  it('has « Distance » after « Mobilisation », sortable', () => {
    renderProposer();
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/(, trier|[▲▼↕]).*$/, ''));
    expect(headers.slice(-5)).toEqual(['Mobilisation', 'Téléphone', 'Distance', 'Statut', 'Actions']);
    expect(screen.getByRole('link', { name: /^Distance\s?, trier par ordre croissant/ })).toHaveAttribute('href', `/ars/missions/${MISSION}?sort=distanceKm`);
  });

  it('shows the level, the distance in km and who is beyond their « Mobilisation »', () => {
    renderProposer();
    const distances = screen.getAllByTestId('candidate-distance');
    expect(distances.map((cell) => cell.textContent)).toEqual(['29,4 km', '31 kmAu-delà de sa mobilisation', '—']);
    expect(distances.map((cell) => cell.getAttribute('data-within-mobilisation'))).toEqual(['true', 'false', 'true']);
    expect(cellsOf('Prénom2').map((cell) => cell.textContent)).toContain('Locale');
    expect(cellsOf('Prénom3').map((cell) => cell.textContent)).toContain('Régionale');
  });

  it('may push a volunteer beyond their « Mobilisation », and one « Affecté jusqu’au … » before the mission', () => {
    renderProposer();
    expect(screen.getByRole('checkbox', { name: 'Sélectionner Prénom2 Martin' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: 'Sélectionner Prénom3 Martin' })).toBeEnabled();
    expect(cellsOf('Prénom3').map((cell) => cell.textContent)).toContain('Affecté jusqu’au 20/12/2026Disponibilité confirmée le 03/12/2026');
  });
});

describe('« Choisir » (establishment): « Affecté jusqu’au … »', () => {
  it('is the status of a volunteer assigned until before the mission, who can be contacted', () => {
    const actions = { contact: jest.fn(), validate: jest.fn(), refuse: jest.fn() };
    render(
      <CandidateTable missionId={MISSION} pathname={`/etablissement/besoins/${MISSION}`} query={candidateQuerySchema.parse({})} rows={ROWS} canContact positionsLeft={2} actions={actions} now="2026-12-05T12:00:00.000Z" />,
    );
    const statuses = screen.getAllByTestId('candidate-row').map((tr) => within(tr).getAllByRole('cell')[15]!.textContent);
    expect(statuses).toEqual(['Disponible', 'Disponible', 'Affecté jusqu’au 20/12/2026'].map((status) => `${status}Disponibilité confirmée le 03/12/2026`));
    expect(screen.getByRole('button', { name: 'Contacter Prénom3 Martin' })).toBeEnabled();
    // No distance column on the establishment's table (SPEC §6.4 lists its columns).
    expect(screen.queryByRole('columnheader', { name: /^Distance/ })).not.toBeInTheDocument();
  });
});

describe('the candidate sheet: « Affecté jusqu’au … »', () => {
  const sheet = candidateSheet({ status: 'ASSIGNED', assignedUntil: new Date(Date.UTC(2026, 11, 31)) });

  it.each([
    [{}, 'Affecté jusqu’au 31/12/2026'],
    [{ status: 'CONTACTED' as const }, 'Contacté (affecté jusqu’au 31/12/2026)'],
    [{ status: 'DISPONIBLE' as const, assignedUntil: null }, 'Disponible'],
  ])('%o → %s', (overrides, text) => {
    render(<CandidateSheet sheet={{ ...sheet, ...overrides }} />);
    expect(screen.getByTestId('sheet-status')).toHaveTextContent(text);
  });
});
