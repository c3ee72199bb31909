/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CandidacyHistory, MissionAssignments } from '@/components/candidates/candidacy-history';
import { FilledMissionTable } from '@/components/candidates/filled-mission-table';
import type { MissionCandidacy } from '@/lib/candidacies/mission-follow-up';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';

// The page of a filled mission (SPEC §6.2): the volunteers still « Contacté » with their time left,
// « Refuser les autres contactés » in one click, no « Contacter »; and an archived mission, read-only.
const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn() }) }));

const validate = jest.fn();
const refuse = jest.fn();
const refuseRemaining = jest.fn();
const MISSION = '11111111-1111-4111-8111-111111111111';
const NOW = '2026-12-03T10:00:00.000Z';

function candidacy(n: number, firstName: string, status: CandidacyStatus, reservedUntil: string | null = null): MissionCandidacy {
  return {
    id: `c000000${n}-0000-4000-8000-000000000000`,
    professionalId: `a0000000-0000-4000-8000-00000000000${n}`,
    lastName: 'Durand',
    firstName,
    professionCode: 'NURSE',
    phone: '0611223344',
    status,
    proposedAt: null,
    contactedAt: new Date('2026-12-01T09:00:00.000Z'),
    decidedAt: status === 'CONTACTED' ? null : new Date('2026-12-02T09:00:00.000Z'),
    updatedAt: new Date('2026-12-02T09:00:00.000Z'),
    reservedUntil: reservedUntil ? new Date(reservedUntil) : null,
  };
}

const CHLOE = candidacy(1, 'Chloé', 'CONTACTED', '2026-12-05T15:00:00.000Z');
const EMMA = candidacy(2, 'Emma', 'CONTACTED', '2026-12-04T08:00:00.000Z');
const DAVID = candidacy(3, 'David', 'ASSIGNED');

function renderTable(rows = [CHLOE, EMMA, DAVID]) {
  return render(<FilledMissionTable missionId={MISSION} rows={rows} now={NOW} actions={{ validate, refuse, refuseRemaining }} />);
}

const remainingButton = () => screen.getByRole('button', { name: 'Refuser les autres contactés' });

beforeEach(() => {
  for (const mock of [validate, refuse, refuseRemaining, refresh]) mock.mockReset();
});

describe('FilledMissionTable', () => {
  it('lists the « Contacté » volunteers with their time left and the « Affecté » one, with no « Contacter »', () => {
    renderTable();
    const rows = screen.getAllByTestId('candidate-row');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['CONTACTED', 'CONTACTED', 'ASSIGNED']);
    expect(within(rows[0]!).getByTestId('reservation-time-left').textContent?.replace(/\s/g, ' ')).toBe('Réservé encore 2 j 5 h');
    expect(within(rows[1]!).getByTestId('reservation-time-left').textContent?.replace(/\s/g, ' ')).toBe('Réservé encore 22 h');
    expect(within(rows[2]!).queryByTestId('reservation-time-left')).not.toBeInTheDocument();
    expect(within(rows[2]!).getByText('Affecté')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Contacter/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Sélectionner Chloé Durand' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: 'Sélectionner David Durand' })).toBeDisabled();
    expect(screen.getByText(/^2 candidats sont encore « Contacté »/)).toBeInTheDocument();
  });

  it('refuses every remaining « Contacté » in one click and says so; the fresh page comes with the answer', async () => {
    const user = userEvent.setup();
    refuseRemaining.mockResolvedValue({ ok: true, data: { refused: 2 } });
    renderTable();
    await user.click(remainingButton());
    expect(refuseRemaining).toHaveBeenCalledWith({ missionId: MISSION });
    await waitFor(() =>
      expect(screen.getByTestId('choosing-notice')).toHaveTextContent('2 candidatures refusées : les professionnels sont de nouveau disponibles pour les autres établissements.'),
    );
    expect(refresh).not.toHaveBeenCalled();
  });

  it('says when a colleague was faster, and shows a refusal from the server as it is, then refreshes', async () => {
    const user = userEvent.setup();
    refuseRemaining.mockResolvedValueOnce({ ok: true, data: { refused: 0 } });
    renderTable();
    await user.click(remainingButton());
    await waitFor(() => expect(screen.getByTestId('choosing-notice')).toHaveTextContent('Plus aucun candidat n’est au statut « Contacté » sur cette mission.'));
    refuseRemaining.mockResolvedValueOnce({ ok: false, formError: 'Seuls les candidats au statut « Contacté » pour cette mission peuvent être validés ou refusés. Actualisez la page.' });
    await user.click(remainingButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Actualisez la page.');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('still refuses the ticked volunteers one by one; validating is off, no position is left', async () => {
    const user = userEvent.setup();
    refuse.mockResolvedValue({ ok: true, data: { refused: 1 } });
    renderTable();
    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner Emma Durand' }));
    expect(screen.getByRole('button', { name: 'Valider les candidatures' })).toBeDisabled();
    expect(screen.getByText(/Cette mission n’a plus de poste à pourvoir : vous pouvez seulement refuser\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Refuser les candidatures' }));
    expect(refuse).toHaveBeenCalledWith({ missionId: MISSION, professionalIds: [EMMA.professionalId] });
    await waitFor(() => expect(screen.getByTestId('choosing-notice')).toHaveTextContent('1 candidature refusée'));
  });

  it('offers no « Refuser les autres contactés » once nobody is « Contacté »', () => {
    renderTable([DAVID]);
    expect(screen.queryByRole('button', { name: 'Refuser les autres contactés' })).not.toBeInTheDocument();
    expect(screen.getByTestId('no-remaining-contacted')).toBeInTheDocument();
  });
});

describe('an archived mission, read-only', () => {
  const history = [DAVID, { ...candidacy(4, 'Alice', 'REFUSED') }, { ...candidacy(5, 'Bruno', 'EXPIRED') }, { ...candidacy(6, 'Inès', 'WITHDRAWN'), contactedAt: null, proposedAt: new Date('2026-11-30T09:00:00.000Z') }];

  it('lists its assignments, then the history of every candidacy in French, with nothing to click but the sheets', () => {
    render(
      <>
        <MissionAssignments rows={history} />
        <CandidacyHistory rows={history} now={new Date(NOW)} />
      </>,
    );
    const assignments = screen.getAllByTestId('assignment-row');
    expect(assignments).toHaveLength(1);
    expect(within(assignments[0]!).getByRole('link', { name: 'Fiche de David Durand' })).toHaveAttribute('href', `/etablissement/candidats/${DAVID.professionalId}`);
    const statuses = screen.getAllByTestId('history-row').map((row) => within(row).getAllByRole('cell')[2]!.textContent);
    expect(statuses).toEqual(['Affecté', 'Refusé', 'Réservation expirée', 'Retiré']);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
