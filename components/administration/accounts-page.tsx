import { PageTitle } from '@/components/ui/page-title';
import { TablePagination } from '@/components/table/pagination';
import { formValue, TableFilters, type FilterSpec } from '@/components/regulation/table-filters';
import { querySearch } from '@/lib/url/query-params';
import { accountQuerySchema, type AccountQuery } from '@/lib/accounts/schemas';
import { ACCOUNT_PAGE_SIZE, type AccountRow } from '@/lib/accounts/list-accounts';
import type { InviteActions } from '@/components/administration/action-types';
import { AccountsTable } from '@/components/administration/accounts-table';
import { InviteForm } from '@/components/administration/invite-form';
import { LAST_SIGN_IN_OPTIONS, REGION_OPTIONS, ROLE_OPTIONS, STATUS_OPTIONS } from '@/components/administration/labels';

const accountSearch = querySearch(accountQuerySchema);
type Filter = 'q' | 'role' | 'region' | 'status' | 'lastSignIn';

function filterFields(national: boolean): FilterSpec[] {
  return [
    { key: 'q', label: 'Nom ou courriel', kind: 'text' },
    { key: 'role', label: 'Type de compte', kind: 'select', options: ROLE_OPTIONS },
    ...(national ? [{ key: 'region', label: 'Région', kind: 'select', options: REGION_OPTIONS } as const] : []),
    { key: 'status', label: 'Statut', kind: 'select', options: STATUS_OPTIONS },
    { key: 'lastSignIn', label: 'Dernière connexion', kind: 'select', options: LAST_SIGN_IN_OPTIONS },
  ];
}

interface AccountsPageProps {
  area: 'ARS' | 'CCS';
  base: '/ars' | '/ccs';
  scope: string;
  list: { rows: AccountRow[]; total: number };
  query: AccountQuery;
  actions: InviteActions;
}

/** The body of `/ars/administration` and `/ccs/administration` (SPEC §15). */
export function AccountsPage({ area, base, scope, list, query, actions }: AccountsPageProps) {
  const path = `${base}/administration`;
  const fields = filterFields(area === 'CCS');
  const values = Object.fromEntries(fields.map((field) => [field.key, formValue(query[field.key as Filter])]));
  const cleared = { q: undefined, role: undefined, region: undefined, status: undefined, lastSignIn: undefined, page: 1 };
  const lead =
    area === 'CCS'
      ? `Les comptes des agents ARS et CCS, des établissements et des gestionnaires RPPS+ — ${scope}. Les bénévoles se gèrent depuis « Bénévoles ».`
      : `Les agents de votre ARS et les comptes des établissements et gestionnaires RPPS+ de la région — ${scope}. Les bénévoles se gèrent depuis « Bénévoles ».`;
  return (
    <div className="space-y-6">
      <PageTitle lead={lead}>Administration</PageTitle>
      <InviteForm area={area} actions={actions} />
      <h2 className="text-xl font-bold">Comptes</h2>
      <TableFilters
        id="accounts-filter"
        title="Rechercher un compte"
        action={path}
        fields={fields}
        values={values}
        hidden={{}}
        hrefWithout={(key) => `${path}${accountSearch(query, { [key]: undefined, page: 1 })}`}
        clearHref={`${path}${accountSearch(query, cleared)}`}
      />
      <AccountsTable rows={list.rows} base={base} />
      <TablePagination page={query.page} pageSize={ACCOUNT_PAGE_SIZE} total={list.total} label="Pages de comptes" hrefFor={(page) => `${path}${accountSearch(query, { page })}`} />
    </div>
  );
}
