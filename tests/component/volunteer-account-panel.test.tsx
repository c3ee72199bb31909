/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VolunteerAccountPanel } from '@/components/regulation/volunteer-account-panel';

// « Compte du bénévole » on the regulators' volunteer sheet (SPEC §2: an ARS administers its region's
// volunteers): the acts of « Administration », each checked again by lib/accounts.
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn(), replace: jest.fn() }) }));

const USER = 'a0000000-0000-4000-8000-000000000001';

function actions() {
  return {
    resend: jest.fn(),
    disable: jest.fn(async () => ({ ok: true as const, data: { email: 'lea.martin@example.test' } })),
    reactivate: jest.fn(async () => ({ ok: true as const, data: { email: 'lea.martin@example.test' } })),
    attach: jest.fn(),
    detach: jest.fn(),
  };
}

describe('VolunteerAccountPanel', () => {
  it('disables an active account with a reason, and says what it did', async () => {
    const user = userEvent.setup();
    const acts = actions();
    render(<VolunteerAccountPanel account={{ userId: USER, status: 'ACTIVE', disabledReason: null, disabledAt: null }} actions={acts} />);
    expect(screen.getByRole('region', { name: 'Compte du bénévole' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réactiver le compte' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Renvoyer l’invitation' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Désactiver le compte' }));
    expect(acts.disable).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Motif de la désactivation*'), 'Inscription frauduleuse');
    await user.click(screen.getByRole('button', { name: 'Désactiver le compte' }));
    await waitFor(() => expect(acts.disable).toHaveBeenCalledWith({ userId: USER, reason: 'Inscription frauduleuse' }));
    expect(await screen.findByText(/Le compte lea\.martin@example\.test est désactivé/)).toBeInTheDocument();
  });

  it('shows why a disabled account was disabled, and reactivates it', async () => {
    const user = userEvent.setup();
    const acts = actions();
    render(<VolunteerAccountPanel account={{ userId: USER, status: 'DISABLED', disabledReason: 'Doublon', disabledAt: new Date(Date.UTC(2026, 11, 7, 9)) }} actions={acts} />);
    expect(screen.getByText(/Motif : Doublon/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Désactiver le compte' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Réactiver le compte' }));
    expect(acts.reactivate).toHaveBeenCalledWith({ userId: USER });
    expect(await screen.findByText(/Le compte lea\.martin@example\.test est réactivé/)).toBeInTheDocument();
  });
});
