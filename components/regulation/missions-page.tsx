import { PageTitle } from '@/components/ui/page-title';
import type { RegulatorMissionList } from '@/lib/missions/regulator-list';
import { regulatorMissionSearch, type RegulatorMissionFilter, type RegulatorMissionQuery } from '@/lib/missions/regulator-query';
import type { MissionRowActions } from '@/components/regulation/action-types';
import { missionFilterFields } from '@/components/regulation/mission-filter-fields';
import { RegulatorMissionsTable } from '@/components/regulation/missions-table';
import { TablePagination } from '@/components/table/pagination';
import { formValue, TableFilters } from '@/components/regulation/table-filters';

const CLEARED: Record<RegulatorMissionFilter | 'status', undefined> = {
  status: undefined, region: undefined, establishment: undefined, postalCode: undefined, count: undefined, profession: undefined,
  speciality: undefined, start: undefined, end: undefined, ehpad: undefined, icu: undefined, vaccination: undefined,
  vehicle: undefined, weekend: undefined, alert: undefined, filled: undefined,
};

/** The body of `/ars/missions` (the region) and `/ccs/missions` (the country), SPEC §7.2. */
export function RegulatorMissionsPage({ base, scope, list, query, actions }: { base: '/ars' | '/ccs'; scope: string; list: RegulatorMissionList; query: RegulatorMissionQuery; actions: MissionRowActions }) {
  const path = `${base}/missions`;
  const fields = missionFilterFields(base === '/ccs');
  const values = Object.fromEntries(fields.map((field) => [field.key, field.key === 'status' && query.status === 'OPEN' ? '' : formValue(query[field.key as keyof RegulatorMissionQuery])]));
  const hidden: Record<string, string> = {};
  if (query.sort !== 'startDate') hidden.sort = query.sort;
  if (query.direction !== 'asc') hidden.direction = query.direction;
  return (
    <div className="space-y-6">
      <PageTitle lead={`Besoins de renfort des établissements — ${scope}. « Proposer » ouvre la mission pour y pousser des renforts ; seuls l’ARS et le CCS archivent une mission.`}>
        Missions
      </PageTitle>
      <TableFilters
        id="missions-filter"
        title="Filtrer les missions"
        action={path}
        fields={fields}
        values={values}
        hidden={hidden}
        hrefWithout={(key) => `${path}${regulatorMissionSearch(query, { [key]: undefined, page: 1 })}`}
        clearHref={`${path}${regulatorMissionSearch(query, { ...CLEARED, page: 1 })}`}
      />
      <RegulatorMissionsTable rows={list.rows} query={query} base={base} actions={actions} />
      <TablePagination page={list.page} pageSize={list.pageSize} total={list.total} label="Pages de missions" hrefFor={(page) => `${path}${regulatorMissionSearch(query, { page })}`} />
    </div>
  );
}
