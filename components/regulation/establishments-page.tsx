import Link from 'next/link';
import { AttachedAccounts } from '@/components/regulation/attached-accounts';
import { regionName } from '@/components/regulation/format';
import { TablePagination } from '@/components/table/pagination';
import { PlainHeaders, CELL, EmptyRow, ROW, TableRegion } from '@/components/table/table-region';
import { buttonClasses } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { categoryLabel } from '@/lib/exports/labels';
import type { RegulatorEstablishmentList } from '@/lib/establishments/regulator-list';
import { regulatorEstablishmentSearch, type RegulatorEstablishmentQuery } from '@/lib/establishments/regulator-query';
import { REGIONS } from '@/lib/reference/regions';

const COLUMNS = ['FINESS', 'Établissement', 'Catégorie', 'Ville', 'Missions ouvertes', 'Comptes rattachés'];

/** The body of `/ars/etablissements` (the region) and `/ccs/etablissements` (the country), SPEC §15. */
export function RegulatorEstablishmentsPage({ base, scope, list, query }: { base: '/ars' | '/ccs'; scope: string; list: RegulatorEstablishmentList; query: RegulatorEstablishmentQuery }) {
  const path = `${base}/etablissements`;
  const isCcs = base === '/ccs';
  const columns = isCcs ? ['Région', ...COLUMNS] : COLUMNS;
  return (
    <div className="space-y-6">
      <PageTitle lead={`Établissements — ${scope} — avec ou sans mission ouverte, et les comptes à contacter.`}>Établissements</PageTitle>
      <form method="get" action={path} role="search" aria-label="Rechercher un établissement" className="flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow-sm">
        <TextField id="establishments-q" name="q" label="Rechercher" hint="Nom, FINESS ou ville" defaultValue={query.q ?? ''} maxLength={100} autoComplete="off" />
        {isCcs ? (
          <SelectField id="establishments-region" name="region" label="Région" options={REGIONS.map((r) => ({ value: r.code, label: r.name }))} placeholder="Toutes" defaultValue={query.region ?? ''} />
        ) : null}
        <button type="submit" className={buttonClasses('primary')}>
          Rechercher
        </button>
        {query.q || query.region ? (
          <Link href={path} className="min-h-11 py-2 text-brand underline">
            Effacer la recherche
          </Link>
        ) : null}
      </form>
      <TableRegion id="establishments-caption" caption="Établissements" testId="establishments-table" head={<PlainHeaders labels={columns} />}>
        {list.rows.length === 0 ? (
          <EmptyRow columns={columns.length}>Aucun établissement ne correspond.</EmptyRow>
        ) : (
          list.rows.map((row) => (
            <tr key={row.id} className={ROW} data-testid="establishment-row">
              {isCcs ? <td className={CELL}>{regionName(row.regionCode)}</td> : null}
              <td className={`${CELL} whitespace-nowrap`}>{row.finess ?? (row.gid ? `GID ${row.gid}` : '—')}</td>
              <td className={`${CELL} font-medium`}>
                <Link href={`${path}/${row.id}`} className="text-brand underline">
                  {row.name}
                </Link>
              </td>
              <td className={CELL}>{categoryLabel(row.category)}</td>
              <td className={CELL}>
                {row.postalCode} {row.city}
              </td>
              <td className={CELL}>{row.openMissions}</td>
              <td className={CELL}>
                <AttachedAccounts accounts={row.accounts} />
              </td>
            </tr>
          ))
        )}
      </TableRegion>
      <TablePagination page={list.page} pageSize={list.pageSize} total={list.total} label="Pages d’établissements" hrefFor={(page) => `${path}${regulatorEstablishmentSearch(query, { page })}`} />
    </div>
  );
}
