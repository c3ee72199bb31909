/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VolunteerCandidacies } from '@/components/regulation/volunteer-candidacies';
import type { VolunteerCandidacy } from '@/lib/professionals/regulator-sheet';
import { NOT_CONTACTED, openReleaseDialog, releaseThroughDialog } from './support/release';

// « Libérer » and « Retirer » on the regulators' volunteer sheet (docs/decisions/043): offered on the rows
// the regulator may act on only (`releasable`, `withdrawable`, decided by lib/professionals/regulator-sheet.ts),
// « Libérer » after the same confirmation as on « Proposer »; a success is not followed by a refresh, the
// action's revalidated page brings the row « Refusé » or « Retiré » (docs/decisions/023).

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
  withdrawable: false,
  ...overrides,
});

const ROWS = [
  row({}),
  // « Contacté » but not the regulator's to release: no button, whatever its status says.
  row({ id: 'c-2', missionId: 'm-2', establishmentName: 'Hôpital de Créteil', releasable: false }),
  row({ id: 'c-3', missionId: 'm-3', establishmentName: 'EHPAD de Montpellier', status: 'ASSIGNED', releasable: false }),
  row({ id: 'c-4', missionId: 'm-4', establishmentName: 'Clinique d’Albi', status: 'REFUSED', releasable: false }),
  row({ id: 'c-5', missionId: 'm-5', establishmentName: 'Centre de vaccination de Rodez', status: 'PROPOSED', releasable: false, withdrawable: true }),
  // « En cours » but not the regulator's to withdraw.
  row({ id: 'c-6', missionId: 'm-6', establishmentName: 'Hôpital de Bobigny', status: 'PROPOSED', releasable: false }),
];

const succeeds = () => jest.fn().mockResolvedValue({ ok: true, data: undefined });

function setup({ release = succeeds(), withdraw = succeeds() } = {}) {
  const view = render(<VolunteerCandidacies rows={ROWS} base="/ars" volunteerName="Léa Martin" release={release} withdraw={withdraw} />);
  return { release, withdraw, view };
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
    view.rerender(<VolunteerCandidacies rows={[row({ status: 'REFUSED', releasable: false }), ...ROWS.slice(1)]} base="/ars" volunteerName="Léa Martin" release={release} withdraw={succeeds()} />);
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
    setup({ release: jest.fn().mockResolvedValue({ ok: false, formError: NOT_CONTACTED }) });
    await releaseThroughDialog('Léa Martin');
    expect(await screen.findByText(NOT_CONTACTED)).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });
});

describe('« Retirer » from the volunteer sheet', () => {
  it('is offered on the withdrawable proposal only, calls the action at once and announces it, without a refresh', async () => {
    const { withdraw, release } = setup();
    expect(screen.getAllByRole('button', { name: /^Retirer/ })).toHaveLength(1);
    expect(within(rowOf('Hôpital de Bobigny')).queryByRole('button')).toBeNull();
    await userEvent.click(within(rowOf('Centre de vaccination de Rodez')).getByRole('button', { name: 'Retirer la proposition de Léa Martin' }));
    await waitFor(() => expect(withdraw).toHaveBeenCalledWith({ candidacyId: 'c-5' }));
    expect(release).not.toHaveBeenCalled();
    expect(await screen.findByText('La proposition de Léa Martin est retirée : ce renfort est de nouveau disponible.')).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('says why when the proposal changed meanwhile, and refreshes the sheet', async () => {
    const changed = 'Seule une proposition encore « En cours » peut être retirée.';
    setup({ withdraw: jest.fn().mockResolvedValue({ ok: false, formError: changed }) });
    await userEvent.click(screen.getByRole('button', { name: 'Retirer la proposition de Léa Martin' }));
    expect(await screen.findByText(changed)).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });
});
