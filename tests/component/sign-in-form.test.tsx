/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInForm } from '@/components/auth/sign-in-form';

// The network boundary only: the sign-in requests to next-auth (lib/auth/client-auth.ts, tested on its
// own in client-auth.test.ts) and the router.
const signIn = jest.fn();
const getSessionRole = jest.fn();
const replace = jest.fn();
jest.mock('@/lib/auth/client-auth', () => ({
  signInWithCredentials: (...args: unknown[]) => signIn(...args),
  fetchSessionRole: () => getSessionRole(),
}));
jest.mock('next/navigation', () => ({ useRouter: () => ({ replace, refresh: jest.fn(), push: jest.fn() }) }));

beforeEach(() => {
  signIn.mockReset();
  getSessionRole.mockReset();
  replace.mockReset();
});

async function fillAndSubmit(email: string, password: string, remember = false) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email de l'utilisateur"), email);
  await user.type(screen.getByLabelText('Mot de passe'), password);
  if (remember) await user.click(screen.getByLabelText('Garder la session ouverte'));
  await user.click(screen.getByRole('button', { name: 'Connexion' }));
}

describe('SignInForm', () => {
  it('shows field errors without calling the server', async () => {
    render(<SignInForm callbackUrl={null} passwordJustSet={false} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Connexion' }));
    expect(await screen.findByText('Saisissez une adresse email.')).toBeInTheDocument();
    expect(screen.getByText('Saisissez votre mot de passe.')).toBeInTheDocument();
    expect(screen.getByLabelText("Email de l'utilisateur")).toHaveAttribute('aria-invalid', 'true');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('signs in with the remember choice and goes to the role dashboard', async () => {
    signIn.mockResolvedValue({ error: null });
    getSessionRole.mockResolvedValue('ARS');
    render(<SignInForm callbackUrl={null} passwordJustSet={false} />);
    await fillAndSubmit('ARS@exemple.fr', 'Demo-Renfort-2026!', true);
    await waitFor(() => expect(replace).toHaveBeenCalledWith('/ars'));
    expect(signIn).toHaveBeenCalledWith({ email: 'ars@exemple.fr', password: 'Demo-Renfort-2026!', remember: true });
  });

  it('goes back to the page that asked for sign-in', async () => {
    signIn.mockResolvedValue({ error: null });
    getSessionRole.mockResolvedValue('ESTABLISHMENT');
    render(<SignInForm callbackUrl="/etablissement/structures/42" passwordJustSet={false} />);
    await fillAndSubmit('a@b.fr', 'x');
    await waitFor(() => expect(replace).toHaveBeenCalledWith('/etablissement/structures/42'));
  });

  it('shows the reason of a refusal and keeps what was typed', async () => {
    signIn.mockResolvedValue({ error: 'DISABLED' });
    render(<SignInForm callbackUrl={null} passwordJustSet={false} supportEmail="support@renfort.example.fr" />);
    await fillAndSubmit('a@b.fr', 'Demo-Renfort-2026!');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce compte est désactivé. Pour toute question, écrivez au support : support@renfort.example.fr.');
    expect(screen.getByLabelText("Email de l'utilisateur")).toHaveValue('a@b.fr');
    expect(replace).not.toHaveBeenCalled();
  });
});
