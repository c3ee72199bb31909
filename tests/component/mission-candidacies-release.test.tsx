/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MissionCandidacies } from '@/components/regulation/mission-candidacies';
import type { MissionCandidacyRow } from '@/lib/candidates/proposer';
import { NOT_CONTACTED, openReleaseDialog, releaseThroughDialog } from './support/release';

// « Libérer » on the regulators' « Proposer » page (docs/decisions/043): offered for a volunteer the
// establishment contacted only, after a confirmation that says what it does.

const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn() }) }));

const row = (overrides: Partial<MissionCandidacyRow>): MissionCandidacyRow => ({
  id: 'c-1',
  professionalId: 'p-1',
  lastName: 'Martin',
  firstName: 'Léa',
  professionCode: 'NURSE',
  status: 'CONTACTED',
  proposedBy: null,
  proposedAt: null,
  updatedAt: new Date('2026-12-07T10:00:00Z'),
  ...overrides,
});

function setup(release = jest.fn().mockResolvedValue({ ok: true, data: undefined })) {
  const withdraw = jest.fn().mockResolvedValue({ ok: true, data: undefined });
  render(
    <MissionCandidacies
      rows={[row({}), row({ id: 'c-2', lastName: 'Durand', status: 'PROPOSED' }), row({ id: 'c-3', lastName: 'Petit', status: 'ASSIGNED' })]}
      withdraw={withdraw}
      release={release}
    />,
  );
  return { release, withdraw };
}

describe('« Libérer » a reservation, « Retirer » a proposal', () => {
  it('is offered for the contacted volunteer only, and asks before releasing', async () => {
    const { release } = setup();
    const buttons = screen.getAllByRole('button', { name: /^Libérer la réservation de/ });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toHaveAccessibleName('Libérer la réservation de Léa Martin');

    const dialog = await openReleaseDialog('Léa Martin');
    expect(release).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Libérer' }));

    await waitFor(() => expect(release).toHaveBeenCalledWith({ candidacyId: 'c-1' }));
    expect(await screen.findByText('La réservation de Léa Martin est libérée : ce renfort est de nouveau disponible.')).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('says why when the reservation changed meanwhile, and refreshes the list', async () => {
    setup(jest.fn().mockResolvedValue({ ok: false, formError: NOT_CONTACTED }));
    await releaseThroughDialog('Léa Martin');
    expect(await screen.findByText(NOT_CONTACTED)).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });

  it('leaves « Retirer » a proposal one click, with its own notice', async () => {
    const { withdraw, release } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Retirer la proposition de Léa Durand' }));
    await waitFor(() => expect(withdraw).toHaveBeenCalledWith({ candidacyId: 'c-2' }));
    expect(await screen.findByText('La proposition de Léa Durand est retirée : ce renfort est de nouveau disponible.')).toBeInTheDocument();
    expect(release).not.toHaveBeenCalled();
  });
});
