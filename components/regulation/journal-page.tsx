import { formValue, TableFilters, type FilterSpec } from '@/components/regulation/table-filters';
import { TablePagination } from '@/components/table/pagination';
import { CELL, EmptyRow, PlainHeaders, ROW, TableRegion } from '@/components/table/table-region';
import { buttonClasses } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { formatInstant } from '@/lib/dates/format';
import { actionLabel, entityLabel, JOURNAL_ACTION_CODES, JOURNAL_ENTITY_TYPES } from '@/lib/journal/labels';
import type { JournalPage as JournalList } from '@/lib/journal/list';
import { journalSearch, type JournalFilter, type JournalQuery } from '@/lib/journal/query';

const COLUMNS = ['Date', 'Auteur', 'Action', 'Cible', 'Détails'];

const CLEARED: Record<JournalFilter, undefined> = { from: undefined, to: undefined, actor: undefined, action: undefined, entityType: undefined, entityId: undefined };

/** The filters; a code typed in the URL that has no label yet stays selectable, shown raw. */
function filterFields(query: JournalQuery): FilterSpec[] {
  const actions = JOURNAL_ACTION_CODES.map((code) => ({ value: code, label: actionLabel(code) }));
  if (query.action && !JOURNAL_ACTION_CODES.includes(query.action)) actions.push({ value: query.action, label: query.action });
  const types = JOURNAL_ENTITY_TYPES.map((type) => ({ value: type, label: entityLabel(type) }));
  if (query.entityType && !JOURNAL_ENTITY_TYPES.includes(query.entityType)) types.push({ value: query.entityType, label: query.entityType });
  return [
    { key: 'from', label: 'Du', kind: 'date' },
    { key: 'to', label: 'Au', kind: 'date' },
    { key: 'actor', label: 'Auteur', kind: 'text', hint: 'Nom ou adresse électronique' },
    { key: 'action', label: 'Action', kind: 'select', options: actions, placeholder: 'Toutes' },
    { key: 'entityType', label: 'Type de cible', kind: 'select', options: types, placeholder: 'Tous' },
    { key: 'entityId', label: 'Identifiant de la cible', kind: 'text' },
  ];
}

/** The body of `/ars/journal` (the region) and `/ccs/journal` (everything), SPEC §15. */
export function JournalPage({ base, scope, list, query }: { base: '/ars' | '/ccs'; scope: string; list: JournalList; query: JournalQuery }) {
  const path = `${base}/journal`;
  const fields = filterFields(query);
  const values = Object.fromEntries(fields.map((field) => [field.key, formValue(query[field.key as JournalFilter])]));
  return (
    <div className="space-y-6">
      <PageTitle lead={`Qui a fait quoi, et quand — ${scope}. Les plus récents d’abord.`}>Journal</PageTitle>
      <TableFilters
        id="journal-filter"
        title="Filtrer le journal"
        action={path}
        fields={fields}
        values={values}
        hidden={{}}
        hrefWithout={(key) => `${path}${journalSearch(query, { [key]: undefined, page: 1 })}`}
        clearHref={`${path}${journalSearch(query, { ...CLEARED, page: 1 })}`}
      />
      <p>
        {/* A plain link: the route answers a file (Content-Disposition), with the filters of the page. */}
        <a href={`/api/journal${journalSearch(query, { page: 1 })}`} className={buttonClasses('secondary')} download>
          Télécharger le journal filtré (csv)
        </a>
      </p>
      <TableRegion id="journal-caption" caption="Journal" testId="journal-table" head={<PlainHeaders labels={COLUMNS} />}>
        {list.rows.length === 0 ? (
          <EmptyRow columns={COLUMNS.length}>Aucune entrée ne correspond.</EmptyRow>
        ) : (
          list.rows.map((row) => (
            <tr key={row.id} className={ROW} data-testid="journal-row">
              <td className={`${CELL} whitespace-nowrap`}>{formatInstant(row.createdAt)}</td>
              <td className={CELL}>
                {row.actor ? (
                  <>
                    {row.actor.name}
                    <span className="block text-sm text-muted">{row.actor.email}</span>
                  </>
                ) : (
                  <span className="text-muted">Système ou visiteur</span>
                )}
              </td>
              <td className={CELL}>{actionLabel(row.action)}</td>
              <td className={CELL}>
                {entityLabel(row.entityType)}
                {row.entityId ? <span className="block break-all font-mono text-xs text-muted">{row.entityId}</span> : null}
              </td>
              <td className={`${CELL} max-w-md`}>{row.summary}</td>
            </tr>
          ))
        )}
      </TableRegion>
      <TablePagination page={list.page} pageSize={list.pageSize} total={list.total} label="Pages du journal" hrefFor={(page) => `${path}${journalSearch(query, { page })}`} />
    </div>
  );
}
