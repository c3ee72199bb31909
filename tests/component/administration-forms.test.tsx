/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InviteForm } from '@/components/administration/invite-form';
import { DisableForm } from '@/components/administration/disable-form';

// « Administration » forms (SPEC §15): the fields follow the type of account, the server's refusal
// shows next to its field and keeps what was typed.

const USER_ID = '6f1c2a8e-4b7d-4c1e-9f3a-2d5e8b7c1a90';

describe('InviteForm', () => {
  it('an ARS invites only RPPS+ managers, by FINESS', async () => {
    const invite = jest.fn();
    render(<InviteForm area="ARS" actions={{ invite }} />);
    expect(screen.getByLabelText('Type de compte*')).toHaveDisplayValue('Gestionnaire RPPS+');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Gestionnaire RPPS+']);
    expect(screen.queryByLabelText('Région*')).toBeNull();
    await userEvent.type(screen.getByLabelText('Courriel*'), 'rpps@chu.example.fr');
    await userEvent.type(screen.getByLabelText('Prénom*'), 'Nadia');
    await userEvent.type(screen.getByLabelText('Nom*'), 'Benali');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(await screen.findByText('Indiquez au moins un numéro FINESS.')).toBeVisible();
    expect(invite).not.toHaveBeenCalled();
  });

  it('the CCS asks a region for an ARS agent; an address in use is refused next to the field, the rest kept', async () => {
    const invite = jest
      .fn()
      .mockResolvedValueOnce({ ok: false, fieldErrors: { email: 'Cette adresse est déjà utilisée par un compte.' } })
      .mockResolvedValueOnce({ ok: true, data: { userId: USER_ID, email: 'helene@ars.example.fr' } });
    render(<InviteForm area="CCS" actions={{ invite }} />);
    await userEvent.selectOptions(screen.getByLabelText('Type de compte*'), 'ARS');
    expect(screen.queryByLabelText('N° FINESS des établissements*')).toBeNull();
    await userEvent.type(screen.getByLabelText('Courriel*'), 'pris@ars.example.fr');
    await userEvent.type(screen.getByLabelText('Prénom*'), 'Hélène');
    await userEvent.type(screen.getByLabelText('Nom*'), 'Marty');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(await screen.findByText('Choisissez la région de l’agent ARS.')).toBeVisible();
    await userEvent.selectOptions(screen.getByLabelText('Région*'), '76');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(await screen.findByText('Cette adresse est déjà utilisée par un compte.')).toBeVisible();
    expect(screen.getByLabelText('Courriel*')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Prénom*')).toHaveValue('Hélène');
    expect(invite).toHaveBeenLastCalledWith(expect.objectContaining({ role: 'ARS', regionCode: '76', email: 'pris@ars.example.fr' }));

    await userEvent.clear(screen.getByLabelText('Courriel*'));
    await userEvent.type(screen.getByLabelText('Courriel*'), 'helene@ars.example.fr');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(await screen.findByText(/helene@ars.example.fr a reçu un lien d’activation/)).toBeVisible();
    expect(screen.getByLabelText('Prénom*')).toHaveValue('');
  });
});

describe('DisableForm', () => {
  it('requires a reason, and shows the refusal of disabling oneself next to it', async () => {
    const disable = jest
      .fn()
      .mockResolvedValueOnce({ ok: false, fieldErrors: { reason: 'Vous ne pouvez pas désactiver votre propre compte.' } })
      .mockResolvedValueOnce({ ok: true, data: { email: 'claire@chu.example.fr' } });
    const announce = jest.fn();
    render(<DisableForm userId={USER_ID} actions={{ disable }} announce={announce} />);
    await userEvent.click(screen.getByRole('button', { name: 'Désactiver le compte' }));
    expect(await screen.findByText(/Le motif est obligatoire/)).toBeVisible();
    expect(disable).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Motif de la désactivation*'), 'Départ');
    await userEvent.click(screen.getByRole('button', { name: 'Désactiver le compte' }));
    expect(disable).toHaveBeenCalledWith({ userId: USER_ID, reason: 'Départ' });
    expect(await screen.findByText('Vous ne pouvez pas désactiver votre propre compte.')).toBeVisible();
    expect(screen.getByLabelText('Motif de la désactivation*')).toHaveValue('Départ');
    expect(announce).not.toHaveBeenCalled();
    // The success is announced by the account panel: the page re-rendered by the action drops this form.
    await userEvent.click(screen.getByRole('button', { name: 'Désactiver le compte' }));
    expect(announce).toHaveBeenCalledWith(expect.stringContaining('Le compte claire@chu.example.fr est désactivé'));
  });
});
