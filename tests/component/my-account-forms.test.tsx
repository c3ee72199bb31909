/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signOutTo } from '@/lib/auth/client-auth';
import { EmailChangeForm } from '@/components/account/email-change-form';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';

// « Mon compte »'s forms with client logic (SPEC §15): the email change says which address waits for its
// link and keeps what was typed on a refusal; « Me déconnecter partout » leaves the browser only once the
// server has ended the sessions. The server actions are the boundary, replaced here.
jest.mock('@/lib/auth/client-auth', () => ({ signOutTo: jest.fn() }));

type EmailResult = ActionResult<{ pendingEmail: string }>;

function renderEmailForm(requestEmailChange: jest.Mock<Promise<EmailResult>>, pendingEmail: string | null = null) {
  render(<EmailChangeForm email="camille@example.fr" pendingEmail={pendingEmail} requestEmailChange={requestEmailChange as never} />);
}

async function fillEmailForm(email: string) {
  await userEvent.type(screen.getByLabelText('Nouvelle adresse email*'), email);
  await userEvent.type(screen.getByLabelText('Mot de passe actuel*'), 'Mon-mot-de-passe-1');
  await userEvent.click(screen.getByRole('button', { name: 'Recevoir le lien de confirmation' }));
}

describe('EmailChangeForm', () => {
  it('checks the address before sending anything', async () => {
    const requestEmailChange = jest.fn<Promise<EmailResult>, [unknown]>();
    renderEmailForm(requestEmailChange);
    await fillEmailForm('pas-une-adresse');
    expect(await screen.findByText('Adresse email invalide.')).toBeInTheDocument();
    expect(requestEmailChange).not.toHaveBeenCalled();
  });

  it('shows the refusal next to the field and keeps what was typed', async () => {
    const requestEmailChange = jest.fn(async (): Promise<EmailResult> => ({ ok: false, fieldErrors: { email: 'C’est déjà l’adresse de votre compte.' } }));
    renderEmailForm(requestEmailChange);
    await fillEmailForm('Pris@Example.fr');
    expect(requestEmailChange).toHaveBeenCalledWith({ email: 'pris@example.fr', currentPassword: 'Mon-mot-de-passe-1' });
    expect(await screen.findByText('C’est déjà l’adresse de votre compte.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nouvelle adresse email*')).toHaveValue('Pris@Example.fr');
    expect(screen.getByLabelText('Nouvelle adresse email*')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Lien de confirmation envoyé')).not.toBeInTheDocument();
  });

  it('says where the link went once sent, and which address waits when the page opens', async () => {
    const requestEmailChange = jest.fn(async (): Promise<EmailResult> => ({ ok: true, data: { pendingEmail: 'nouvelle@example.fr' } }));
    renderEmailForm(requestEmailChange, 'ancienne-demande@example.fr');
    expect(screen.getByText('Changement en attente')).toBeInTheDocument();
    expect(screen.getByText('ancienne-demande@example.fr')).toBeInTheDocument();
    await fillEmailForm('nouvelle@example.fr');
    expect(await screen.findByText('Lien de confirmation envoyé')).toBeInTheDocument();
    expect(screen.getByText('nouvelle@example.fr')).toBeInTheDocument();
    expect(screen.getByLabelText('Mot de passe actuel*')).toHaveValue('');
  });
});

describe('SignOutEverywhere', () => {
  beforeEach(() => jest.mocked(signOutTo).mockReset());

  it('ends this browser’s session and goes to the sign-in page once the server has ended them all', async () => {
    const action = jest.fn(async (): Promise<ActionResult<{ sessionsEnded: number }>> => ({ ok: true, data: { sessionsEnded: 2 } }));
    render(<SignOutEverywhere signOutEverywhere={action as never} />);
    await userEvent.click(screen.getByRole('button', { name: 'Me déconnecter partout' }));
    await waitFor(() => expect(signOutTo).toHaveBeenCalledWith('/connexion'));
    expect(action).toHaveBeenCalledWith({});
  });

  it('stays and says so when the server could not be reached', async () => {
    const action = jest.fn(async (): Promise<ActionResult<{ sessionsEnded: number }>> => Promise.reject(new Error('offline')));
    render(<SignOutEverywhere signOutEverywhere={action as never} />);
    await userEvent.click(screen.getByRole('button', { name: 'Me déconnecter partout' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(GENERIC_ERROR);
    expect(signOutTo).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Me déconnecter partout' })).toBeEnabled();
  });
});
