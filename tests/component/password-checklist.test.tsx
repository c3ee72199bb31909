/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { PasswordChecklist } from '@/components/auth/password-checklist';

describe('PasswordChecklist', () => {
  it('ticks each rule as it is met and names the strength', () => {
    const { rerender } = render(<PasswordChecklist password="abc" />);
    expect(screen.getByText('Au moins 1 minuscule')).toHaveClass('text-success');
    expect(screen.getByText('Au moins 1 majuscule')).not.toHaveClass('text-success');
    expect(screen.getByText('Au moins 12 caractères')).toHaveTextContent('non respecté');
    expect(screen.getByText(/Robustesse : Très faible/)).toBeInTheDocument();

    rerender(<PasswordChecklist password="Demo-Renfort-2026!" />);
    for (const rule of ['Au moins 12 caractères', 'Au moins 1 majuscule', 'Au moins 1 minuscule', 'Au moins 1 chiffre', 'Au moins 1 caractère spécial']) {
      expect(screen.getByText(rule)).toHaveClass('text-success');
    }
    expect(screen.getByText(/Robustesse : Fort/)).toBeInTheDocument();
    expect(screen.getByLabelText('Robustesse du mot de passe')).toHaveAttribute('value', '3');
  });

  it('shows no strength before anything is typed', () => {
    render(<PasswordChecklist password="" />);
    expect(screen.getByText('Robustesse : —')).toBeInTheDocument();
  });
});
