import { PageTitle } from '@/components/ui/page-title';
import type { VolunteerList } from '@/lib/professionals/regulator-list';
import { volunteerSearch, type VolunteerFilter, type VolunteerQuery } from '@/lib/professionals/regulator-query';
import { TablePagination } from '@/components/table/pagination';
import { formValue, TableFilters } from '@/components/regulation/table-filters';
import { volunteerFilterFields } from '@/components/regulation/volunteer-filter-fields';
import { VolunteersTable } from '@/components/regulation/volunteers-table';

const CLEARED: Record<VolunteerFilter, undefined> = {
  region: undefined, lastName: undefined, firstName: undefined, postalCode: undefined, profession: undefined, speciality: undefined,
  start: undefined, end: undefined, ehpad: undefined, icu: undefined, vaccination: undefined, vehicle: undefined, weekend: undefined,
  identifier: undefined, mobilisation: undefined, status: undefined,
};

/** The body of `/ars/benevoles` (who chose the region) and `/ccs/benevoles` (everyone), SPEC §7.2. */
export function VolunteersPage({ base, scope, list, query }: { base: '/ars' | '/ccs'; scope: string; list: VolunteerList; query: VolunteerQuery }) {
  const path = `${base}/benevoles`;
  const fields = volunteerFilterFields(base === '/ccs');
  const values = Object.fromEntries(fields.map((field) => [field.key, formValue(query[field.key as VolunteerFilter])]));
  const hidden: Record<string, string> = {};
  if (query.sort !== 'region') hidden.sort = query.sort;
  if (query.direction !== 'asc') hidden.direction = query.direction;
  return (
    <div className="space-y-6">
      <PageTitle lead={`Le vivier des professionnels volontaires — ${scope}. La fiche de chacun s’ouvre depuis la colonne « Actions ».`}>Bénévoles</PageTitle>
      <TableFilters
        id="volunteers-filter"
        title="Filtrer les bénévoles"
        action={path}
        fields={fields}
        values={values}
        hidden={hidden}
        hrefWithout={(key) => `${path}${volunteerSearch(query, { [key]: undefined, page: 1 })}`}
        clearHref={`${path}${volunteerSearch(query, { ...CLEARED, page: 1 })}`}
      />
      <VolunteersTable rows={list.rows} query={query} base={base} />
      <TablePagination page={list.page} pageSize={list.pageSize} total={list.total} capped={list.capped} label="Pages de bénévoles" hrefFor={(page) => `${path}${volunteerSearch(query, { page })}`} />
    </div>
  );
}
