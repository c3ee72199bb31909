/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { IndicatorsPage } from '@/components/indicators/indicators-page';
import type { IndicatorsReport } from '@/lib/indicators/get-indicators';

// The indicators page body (SPEC §7.2): cards, and each chart followed by its table (its text
// alternative). Recharts measures its container: jsdom has no layout, so ResizeObserver is a stub.

// jsdom computes no colours (no canvas): contrast is checked by the Playwright journeys' axe runs.
const NO_CONTRAST = { rules: { 'color-contrast': { enabled: false } } };

beforeAll(() => {
  global.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const figures = { missions: 3, openMissions: 2, positionsRequested: 6, positionsFilled: 3, assignedMissions: 2, medianSecondsToFirstAssignment: 6 * 3600 };

function report(national: boolean, volunteersAsOf: Date | null = null): IndicatorsReport {
  return {
    scopeLabel: national ? 'Niveau national' : 'ARS La Réunion',
    national,
    range: { from: '2026-03-01', to: '2026-03-31' },
    missions: figures,
    missionsByProfession: [{ code: 'NURSE', label: 'Infirmier (IDE)', ...figures }],
    regions: national ? [{ code: '04', label: 'La Réunion', ...figures, volunteers: { available: 2, registered: 7 } }] : null,
    volunteers: { available: 2, registered: 7 },
    volunteersAsOf,
    volunteersByProfession: [{ code: 'NURSE', label: 'Infirmier (IDE)', available: 2, registered: 5 }],
    volunteersByDepartment: [{ code: '974', label: '974 — La Réunion', available: 1, registered: 6 }],
  };
}

describe('IndicatorsPage', () => {
  it('shows the cards, and for each chart a table with every value', async () => {
    const { container } = render(<IndicatorsPage report={report(false)} action="/ars/indicateurs" rangeError={null} />);
    expect(screen.getByRole('heading', { name: 'Missions créées du 01/03/2026 au 31/03/2026' })).toBeInTheDocument();
    expect(screen.getByTestId('indicator-positions-requested')).toHaveTextContent('6');
    expect(screen.getByText('Postes pourvus (50 %)')).toBeInTheDocument();
    expect(screen.getByTestId('indicator-median-delay')).toHaveTextContent('6 h');
    expect(screen.getByLabelText('Du')).toHaveValue('2026-03-01');
    expect(screen.getByLabelText('Au')).toHaveValue('2026-03-31');

    const figure = screen.getByRole('figure', { name: 'Postes demandés et pourvus par profession' });
    expect(within(figure).getByRole('img', { name: /Graphique : Postes demandés et pourvus par profession/ })).toBeInTheDocument();
    const table = within(figure).getByRole('table', { name: 'Missions par profession' });
    expect(within(table).getByRole('rowheader', { name: 'Infirmier (IDE)' })).toBeInTheDocument();
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '2', '6', '3', '50 %', '6 h']);
    expect(screen.queryByRole('figure', { name: 'Postes demandés et pourvus par région' })).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Professionnels par département de résidence' })).toHaveTextContent('974 — La Réunion');
    expect((await axe.run(container, NO_CONTRAST)).violations.map((v) => v.id)).toEqual([]);
  });

  it('adds the breakdown by region for the CCS, and says when the period was not understood', () => {
    render(<IndicatorsPage report={report(true)} action="/ccs/indicateurs" rangeError="Date invalide : utilisez le format JJ/MM/AAAA." />);
    const table = screen.getByRole('table', { name: 'Missions et professionnels par région' });
    expect(within(table).getByRole('rowheader', { name: 'La Réunion' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Date invalide');
  });

  it('says when the jobs computed the volunteer figures, and nothing when they were counted now', () => {
    const { unmount } = render(<IndicatorsPage report={report(true, new Date('2026-03-31T12:05:00Z'))} action="/ccs/indicateurs" rangeError={null} />);
    expect(screen.getByTestId('volunteers-as-of')).toHaveTextContent('Chiffres calculés le 31/03/2026 14:05 (recalculés toutes les 5 minutes).');
    unmount();
    render(<IndicatorsPage report={report(true)} action="/ccs/indicateurs" rangeError={null} />);
    expect(screen.queryByTestId('volunteers-as-of')).toBeNull();
  });
});
