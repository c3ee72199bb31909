/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VolunteerCandidacies } from '@/components/regulation/volunteer-candidacies';
import type { VolunteerCandidacy } from '@/lib/professionals/regulator-sheet';
import { NOT_CONTACTED, openReleaseDialog, releaseThroughDialog } from './support/release';

// « Libérer » on the regulators' volunteer sheet (docs/decisions/043): offered on the « Contacté » row the
// regulator may act on only (`releasable`, decided by lib/professionals/regulator-sheet.ts), after the
// same confirmation as on « Proposer »; the success is not followed by a refresh, the action's revalidated
// page brings the row « Refusé » (docs/decisions/023).

const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn() }) }));

const row = (overrides: Partial<VolunteerCandidacy>): VolunteerCandidacy => ({
  id: 'c-1',
  status: 'CONTACTED',
  missionId: 'm-1',
  establishmentName: 'Centre hospitalier de Toulouse',
  missionProfessionCode: 'NURSE',
  missionStartDate: new Date('2026-12-10T00:00:00Z'),
  missionEndDate: new Date('2026-12-31T00:00:00Z'),
  proposed: false,
  updatedAt: new Date('2026-12-08T10:00:00Z'),
  releasable: true,
  ...overrides,
});

const ROWS = [
  row({}),
  // « Contacté » but not the regulator's to release: no button, whatever its status says.
  row({ id: 'c-2', missionId: 'm-2', establishmentName: 'Hôpital de Créteil', releasable: false }),
  row({ id: 'c-3', missionId: 'm-3', establishmentName: 'EHPAD de Montpellier', status: 'ASSIGNED', releasable: false }),
  row({ id: 'c-4', missionId: 'm-4', establishmentName: 'Clinique d’Albi', status: 'REFUSED', releasable: false }),
];

function setup(release = jest.fn().mockResolvedValue({ ok: true, data: undefined })) {
  const view = render(<VolunteerCandidacies rows={ROWS} base="/ars" volunteerName="Léa Martin" release={release} />);
  return { release, view };
}

const rowOf = (establishment: string) => screen.getByRole('row', { name: new RegExp(establishment) });

beforeEach(() => refresh.mockClear());

describe('« Libérer » from the volunteer sheet', () => {
  it('is offered on the releasable row only, asks first, calls the action and shows the row refused', async () => {
    const { release, view } = setup();
    const buttons = screen.getAllByRole('button', { name: /^Libérer/ });
    expect(buttons).toHaveLength(1);
    expect(within(rowOf('Centre hospitalier de Toulouse')).getByRole('button')).toHaveAccessibleName('Libérer la réservation de Léa Martin');
    expect(within(rowOf('Hôpital de Créteil')).queryByRole('button')).toBeNull();

    const dialog = await openReleaseDialog('Léa Martin');
    expect(release).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Libérer' }));

    await waitFor(() => expect(release).toHaveBeenCalledWith({ candidacyId: 'c-1' }));
    expect(release).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('La réservation de Léa Martin est libérée : ce renfort est de nouveau disponible.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(refresh).not.toHaveBeenCalled();

    // The page the action revalidated arrives with the row refused: it reads so, without « Libérer », and the notice stays.
    view.rerender(<VolunteerCandidacies rows={[row({ status: 'REFUSED', releasable: false }), ...ROWS.slice(1)]} base="/ars" volunteerName="Léa Martin" release={release} />);
    expect(within(rowOf('Centre hospitalier de Toulouse')).getByText('Refusé')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Libérer/ })).toBeNull();
    expect(screen.getByTestId('volunteer-candidacies-notice')).toHaveTextContent('La réservation de Léa Martin est libérée');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { release } = setup();
    await userEvent.click(within(await openReleaseDialog('Léa Martin')).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(release).not.toHaveBeenCalled();
  });

  it('says why when the reservation changed meanwhile, and refreshes the sheet', async () => {
    setup(jest.fn().mockResolvedValue({ ok: false, formError: NOT_CONTACTED }));
    await releaseThroughDialog('Léa Martin');
    expect(await screen.findByText(NOT_CONTACTED)).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });
});
