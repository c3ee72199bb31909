/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { AttachedAccounts } from '@/components/regulation/attached-accounts';
import { JournalPage } from '@/components/regulation/journal-page';
import type { AttachedAccount } from '@/lib/establishments/regulator-accounts';
import { parseJournalQuery } from '@/lib/journal/query';

// What the regulators' establishments and journal pages decide by themselves (SPEC §15): how an attached
// account reads, and how the journal shows an action with no label yet and links its csv to its filters.

const account = (overrides: Partial<AttachedAccount>): AttachedAccount => ({
  id: 'a',
  name: 'Claire Fabre',
  email: 'claire@exemple.fr',
  phone: '05 61 00 00 00',
  role: 'ESTABLISHMENT',
  status: 'ACTIVE',
  lastLoginAt: new Date(Date.UTC(2026, 10, 30, 8, 15)),
  ...overrides,
});

describe('AttachedAccounts', () => {
  it('gives each account’s email, phone and last sign-in, and says when it is not an active establishment account', () => {
    render(<AttachedAccounts accounts={[account({}), account({ id: 'b', name: 'Julien Vidal', role: 'RPPS_MANAGER', phone: null, status: 'DISABLED', lastLoginAt: null })]} />);
    const [claire, julien] = screen.getAllByRole('listitem');
    expect(within(claire!).getByRole('link', { name: 'claire@exemple.fr' })).toHaveAttribute('href', 'mailto:claire@exemple.fr');
    expect(within(claire!).getByRole('link', { name: '05 61 00 00 00' })).toHaveAttribute('href', 'tel:0561000000');
    expect(claire).toHaveTextContent(/Dernière connexion le 30\/11\/2026.*09:15/);
    expect(julien).toHaveTextContent('Julien Vidal (Gestionnaire RPPS+, Désactivé)');
    expect(julien).toHaveTextContent('Jamais connecté');
  });

  it('says when there is no account', () => {
    render(<AttachedAccounts accounts={[]} />);
    expect(screen.getByText('Aucun compte rattaché')).toBeInTheDocument();
  });
});

describe('JournalPage', () => {
  const list = (action: string) => ({
    rows: [{ id: '1', createdAt: new Date(Date.UTC(2026, 11, 5, 9, 0)), action, entityType: 'Widget', entityId: 'w-1', actor: null, summary: 'Motif : essai' }],
    total: 1,
    page: 1,
    pageSize: 50,
  });

  it('shows a code with no label raw, in the table and in the select, and links the csv to the filters', () => {
    const query = parseJournalQuery({ action: 'account.future-thing', from: '2026-12-01' });
    render(<JournalPage base="/ars" scope="ARS Occitanie" list={list('account.future-thing')} query={query} />);
    const row = screen.getByTestId('journal-row');
    expect(row).toHaveTextContent('account.future-thing');
    expect(row).toHaveTextContent('Système ou visiteur');
    expect(row).toHaveTextContent('Widget');
    const select = screen.getByLabelText('Action');
    expect(within(select).getByRole('option', { name: 'account.future-thing' })).toHaveProperty('selected', true);
    expect(within(select).getByRole('option', { name: 'Connexion réussie' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Télécharger le journal filtré (csv)' })).toHaveAttribute('href', '/api/journal?from=2026-12-01&action=account.future-thing');
  });

  it('labels a known action', () => {
    render(<JournalPage base="/ccs" scope="Niveau national" list={list('mission.ccs-alert')} query={parseJournalQuery({})} />);
    expect(screen.getByTestId('journal-row')).toHaveTextContent('Alerte CCS');
    expect(screen.getByRole('link', { name: 'Télécharger le journal filtré (csv)' })).toHaveAttribute('href', '/api/journal');
  });
});
