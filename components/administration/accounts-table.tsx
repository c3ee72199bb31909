import Link from 'next/link';
import { formatInstant } from '@/lib/dates/format';
import { ACCOUNT_STATE_LABELS } from '@/lib/accounts/account-status-label';
import type { AccountRow } from '@/lib/accounts/list-accounts';
import { regionName } from '@/components/regulation/format';
import { CELL, EmptyRow, PlainHeaders, ROW, TableRegion } from '@/components/table/table-region';
import { ACCOUNT_ROLE_LABELS } from '@/components/administration/labels';

const COLUMNS = ['Nom', 'Prénom', 'Courriel', 'Type de compte', 'Région ou établissements', 'Statut', 'Dernière connexion', 'Actions'] as const;

function attachment(row: AccountRow): string {
  if (row.role === 'ARS') return row.regionCode ? regionName(row.regionCode) : '—';
  if (row.role === 'CCS') return 'National';
  return row.establishments.join(', ') || '—';
}

export function AccountsTable({ rows, base }: { rows: AccountRow[]; base: '/ars' | '/ccs' }) {
  return (
    <TableRegion id="accounts-caption" caption="Comptes" testId="accounts-table" head={<PlainHeaders labels={COLUMNS} />}>
      {rows.length === 0 ? (
        <EmptyRow columns={COLUMNS.length}>Aucun compte ne correspond.</EmptyRow>
      ) : (
        rows.map((row) => (
          <tr key={row.id} className={ROW} data-testid="account-row">
            <td className={`${CELL} font-medium`}>{row.lastName}</td>
            <td className={CELL}>{row.firstName}</td>
            <td className={CELL}>{row.email}</td>
            <td className={CELL}>{ACCOUNT_ROLE_LABELS[row.role]}</td>
            <td className={CELL}>{attachment(row)}</td>
            <td className={CELL}>{ACCOUNT_STATE_LABELS[row.state]}</td>
            <td className={`${CELL} whitespace-nowrap`}>{row.lastLoginAt ? formatInstant(row.lastLoginAt) : 'Jamais'}</td>
            <td className={CELL}>
              <Link href={`${base}/administration/${row.id}`} className="text-brand underline" aria-label={`Ouvrir le compte de ${row.firstName} ${row.lastName}`}>
                Ouvrir
              </Link>
            </td>
          </tr>
        ))
      )}
    </TableRegion>
  );
}
