import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { PROFESSIONS } from '@/lib/reference/professions';
import { missionListSearch, type MissionListQuery } from '@/lib/missions/establishment-query';
import { activeMissionFilters, FLAG_FILTERS } from './mission-filter-labels';

const PROFESSION_OPTIONS = PROFESSIONS.map((profession) => ({ value: profession.code, label: profession.label }));
const FLAG_OPTIONS: SelectOption[] = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
];
const STATUS_OPTIONS: SelectOption[] = [
  { value: 'OPEN', label: 'Ouvertes' },
  { value: 'ARCHIVED', label: 'Archivées' },
  { value: 'ALL', label: 'Toutes' },
];
const FILLED_OPTIONS: SelectOption[] = [
  { value: 'non', label: 'Postes à pourvoir' },
  { value: 'oui', label: 'Pourvues' },
];

function flagValue(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'oui' : 'non';
}

/**
 * A filter per column of the missions table (SPEC §6.2), as a plain GET form: it works without
 * JavaScript, and the URL keeps the view. The active filters are listed, each with a link removing it.
 */
export function MissionFilters({ query, establishments }: { query: MissionListQuery; establishments: { id: string; name: string }[] }) {
  const active = activeMissionFilters(query, establishments);
  return (
    <form method="get" action="/etablissement" className="space-y-4 rounded-lg bg-white p-4 shadow-sm" aria-labelledby="mission-filters-title">
      <h2 id="mission-filters-title" className="text-lg font-bold">
        Filtrer les missions
      </h2>
      {/* The sort survives a new filter; the page does not (it may no longer exist). */}
      {query.sort !== 'startDate' ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.direction !== 'asc' ? <input type="hidden" name="direction" value={query.direction} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField label="Missions" name="status" id="filter-status" options={STATUS_OPTIONS} defaultValue={query.status} />
        {establishments.length > 1 ? (
          <SelectField label="Établissement" name="establishment" id="filter-establishment" placeholder="Tous" options={establishments.map((e) => ({ value: e.id, label: e.name }))} defaultValue={query.establishment ?? ''} />
        ) : null}
        <TextField label="Nombre" name="count" id="filter-count" type="number" min={1} inputMode="numeric" defaultValue={query.count ?? ''} />
        <SelectField label="Profession" name="profession" id="filter-profession" placeholder="Toutes" options={PROFESSION_OPTIONS} defaultValue={query.profession ?? ''} />
        <TextField label="Date de début (à partir du)" name="start" id="filter-start" type="date" defaultValue={query.start ?? ''} />
        <TextField label="Date de fin (jusqu’au)" name="end" id="filter-end" type="date" defaultValue={query.end ?? ''} />
        {FLAG_FILTERS.map(({ key, label }) => (
          <SelectField key={key} label={label} name={key} id={`filter-${key}`} placeholder="Indifférent" options={FLAG_OPTIONS} defaultValue={flagValue(query[key])} />
        ))}
        <SelectField label="Action" name="filled" id="filter-filled" placeholder="Toutes" options={FILLED_OPTIONS} defaultValue={flagValue(query.filled)} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClasses('primary')}>
          Filtrer
        </button>
        {active.length > 0 ? (
          <Link href={`/etablissement${missionListSearch({ ...query, page: 1 }, clearedFilters())}`} className="text-brand underline">
            Effacer les filtres
          </Link>
        ) : null}
      </div>
      {active.length > 0 ? (
        <div>
          <p className="text-sm font-medium" id="active-filters-title">
            Filtres actifs :
          </p>
          <ul aria-labelledby="active-filters-title" className="mt-1 flex flex-wrap gap-2">
            {active.map((filter) => (
              <li key={filter.key}>
                <Link
                  href={`/etablissement${missionListSearch(query, { [filter.key]: undefined, page: 1 })}`}
                  className="inline-flex min-h-11 items-center gap-1 rounded-full bg-brand-light px-3 text-sm text-brand"
                >
                  {filter.label} : {filter.value}
                  <span aria-hidden> ×</span>
                  <span className="sr-only"> (retirer ce filtre)</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}

function clearedFilters(): Partial<MissionListQuery> {
  return {
    establishment: undefined,
    count: undefined,
    profession: undefined,
    start: undefined,
    end: undefined,
    ehpad: undefined,
    icu: undefined,
    vaccination: undefined,
    vehicle: undefined,
    weekend: undefined,
    filled: undefined,
  };
}
