import { formatInstant } from '@/lib/dates/format';
import { ACCOUNT_STATUS_LABELS } from '@/lib/exports/labels';
import type { AttachedAccount } from '@/lib/establishments/regulator-accounts';

// Whom to call at an establishment (SPEC §15): name, email, phone and last sign-in of each attached
// account; an RPPS+ manager and an account that is not active say so.

function accountNotes(account: AttachedAccount): string[] {
  const notes: string[] = [];
  if (account.role === 'RPPS_MANAGER') notes.push('Gestionnaire RPPS+');
  if (account.status !== 'ACTIVE') notes.push(ACCOUNT_STATUS_LABELS[account.status]);
  return notes;
}

function lastSignIn(account: AttachedAccount): string {
  return account.lastLoginAt ? `Dernière connexion le ${formatInstant(account.lastLoginAt)}` : 'Jamais connecté';
}

/** The accounts as a compact list (a table cell, a card). */
export function AttachedAccounts({ accounts }: { accounts: AttachedAccount[] }) {
  if (accounts.length === 0) return <p className="text-muted">Aucun compte rattaché</p>;
  return (
    <ul className="space-y-2">
      {accounts.map((account) => {
        const notes = accountNotes(account);
        return (
          <li key={account.id}>
            <span className="font-medium">{account.name}</span>
            {notes.length > 0 ? <span className="text-sm text-muted"> ({notes.join(', ')})</span> : null}
            <br />
            <a href={`mailto:${account.email}`} className="text-brand underline">
              {account.email}
            </a>
            {account.phone ? (
              <>
                {' · '}
                <a href={`tel:${account.phone.replace(/\s+/g, '')}`} className="text-brand underline">
                  {account.phone}
                </a>
              </>
            ) : null}
            <br />
            <span className="text-sm text-muted">{lastSignIn(account)}</span>
          </li>
        );
      })}
    </ul>
  );
}
