import { formatDay } from '@/lib/dates/format';
import { getProfession } from '@/lib/reference/professions';
import type { MissionFilterKey, MissionListQuery } from '@/lib/missions/establishment-query';

type FlagKey = 'ehpad' | 'icu' | 'vaccination' | 'vehicle' | 'weekend';

/** The criteria columns of SPEC §6.2, in the table's order, with their filter in the URL. */
export const FLAG_FILTERS: { key: FlagKey; label: string }[] = [
  { key: 'ehpad', label: 'Expérience en EHPAD' },
  { key: 'icu', label: 'Expérience en réanimation' },
  { key: 'vaccination', label: 'Aide pour la vaccination' },
  { key: 'vehicle', label: 'Véhicule' },
  { key: 'weekend', label: 'Weekend' },
];

export interface ActiveFilter {
  key: MissionFilterKey;
  label: string;
  value: string;
}

/** The filters in force, in words, so that a filtered table never passes for the whole list. */
export function activeMissionFilters(query: MissionListQuery, establishments: { id: string; name: string }[]): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (query.establishment) {
    active.push({ key: 'establishment', label: 'Établissement', value: establishments.find((e) => e.id === query.establishment)?.name ?? 'inconnu' });
  }
  if (query.count !== undefined) active.push({ key: 'count', label: 'Nombre', value: String(query.count) });
  if (query.profession) active.push({ key: 'profession', label: 'Profession', value: getProfession(query.profession)?.label ?? query.profession });
  if (query.start) active.push({ key: 'start', label: 'Début à partir du', value: formatDay(query.start) });
  if (query.end) active.push({ key: 'end', label: 'Fin jusqu’au', value: formatDay(query.end) });
  for (const { key, label } of FLAG_FILTERS) {
    const value = query[key];
    if (value !== undefined) active.push({ key, label, value: value ? 'Oui' : 'Non' });
  }
  if (query.filled !== undefined) active.push({ key: 'filled', label: 'Action', value: query.filled ? 'Pourvues' : 'Postes à pourvoir' });
  return active;
}
