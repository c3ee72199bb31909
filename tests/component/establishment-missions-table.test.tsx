/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { MissionsTable } from '@/components/establishment/missions-table';
import type { MissionRow } from '@/lib/missions/establishment-list';
import { parseMissionListQuery } from '@/lib/missions/establishment-query';
import { missionNeed } from './support/mission-need';

// The dashboard's « Action » column (SPEC §6.2): « POURVUE x/n », then « Choisir » while positions
// remain, « Voir » once the mission is filled — its page stays reachable — or archived.

function mission(id: string, overrides: Partial<MissionRow>): MissionRow {
  return {
    id,
    establishmentName: 'Centre hospitalier de démonstration de Toulouse',
    ...missionNeed(),
    details: null,
    ...overrides,
  };
}

const OPEN = mission('11111111-1111-4111-8111-111111111111', {});
const FILLED = mission('22222222-2222-4222-8222-222222222222', { filledCount: 3 });
const ARCHIVED = mission('33333333-3333-4333-8333-333333333333', { status: 'ARCHIVED', filledCount: 2 });

function actionCell(id: string) {
  const row = screen.getAllByTestId('mission-row')[[OPEN, FILLED, ARCHIVED].findIndex((m) => m.id === id)]!;
  const cells = within(row).getAllByRole('cell');
  return cells[cells.length - 1]!;
}

describe('MissionsTable', () => {
  beforeEach(() => {
    render(<MissionsTable rows={[OPEN, FILLED, ARCHIVED]} query={parseMissionListQuery({ status: 'ALL' })} showEstablishment={false} />);
  });

  it('offers « Choisir » while positions remain', () => {
    const cell = actionCell(OPEN.id);
    expect(within(cell).getByTestId('mission-filled')).toHaveTextContent('POURVUE 1/3');
    const link = within(cell).getByRole('link');
    expect(link).toHaveAccessibleName('Choisir des renforts pour la mission Infirmier (IDE) du 01/12/2026');
    expect(link).toHaveAttribute('href', `/etablissement/besoins/${OPEN.id}`);
  });

  it('offers « Voir » instead once the mission is filled: its page stays reachable', () => {
    const cell = actionCell(FILLED.id);
    expect(within(cell).getByTestId('mission-filled')).toHaveTextContent('POURVUE 3/3');
    const link = within(cell).getByRole('link');
    expect(link).toHaveAccessibleName('Voir la mission Infirmier (IDE) du 01/12/2026');
    expect(link).toHaveAttribute('href', `/etablissement/besoins/${FILLED.id}`);
    expect(within(cell).queryByText(/^Choisir/)).not.toBeInTheDocument();
  });

  it('keeps an archived mission readable: « Archivée » and « Voir », never « Choisir »', () => {
    const cell = actionCell(ARCHIVED.id);
    expect(within(cell).getByText('Archivée')).toBeInTheDocument();
    expect(within(cell).getByRole('link')).toHaveAccessibleName('Voir la mission Infirmier (IDE) du 01/12/2026');
    expect(within(cell).getByRole('link')).toHaveAttribute('href', `/etablissement/besoins/${ARCHIVED.id}`);
  });
});
