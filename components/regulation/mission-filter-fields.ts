import { needFilterFields } from '@/components/regulation/need-columns';
import type { FilterSpec } from '@/components/regulation/table-filters';
import { REGIONS } from '@/lib/reference/regions';

/** One filter per column of the missions table (SPEC §7.2), named after it; « ARS » for the CCS only. */
export function missionFilterFields(showRegion: boolean): FilterSpec[] {
  return [
    // Open missions unless asked otherwise: the empty choice is the default.
    { key: 'status', label: 'Missions', kind: 'select', placeholder: 'Ouvertes', options: [
      { value: 'ARCHIVED', label: 'Archivées' },
      { value: 'ALL', label: 'Toutes' },
    ] },
    ...(showRegion ? [{ key: 'region', label: 'ARS', kind: 'select' as const, options: REGIONS.map((r) => ({ value: r.code, label: r.arsName })) }] : []),
    { key: 'establishment', label: 'Etablissement', kind: 'text' },
    { key: 'postalCode', label: 'CP', kind: 'text', hint: 'Début du code postal' },
    { key: 'count', label: 'Nombre', kind: 'number' },
    ...needFilterFields({ start: 'Missions commençant à partir de ce jour', end: 'Missions se terminant au plus tard ce jour' }),
    { key: 'alert', label: 'Alerte', kind: 'select', options: [
      { value: 'oui', label: 'CCS alerté' },
      { value: 'non', label: 'Sans alerte' },
    ] },
    { key: 'filled', label: 'Action', kind: 'select', options: [
      { value: 'non', label: 'Postes à pourvoir' },
      { value: 'oui', label: 'Pourvues' },
    ] },
  ];
}
