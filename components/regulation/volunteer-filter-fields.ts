import { needFilterFields } from '@/components/regulation/need-columns';
import type { FilterSpec } from '@/components/regulation/table-filters';
import { VOLUNTEER_STATUS_LABELS } from '@/lib/professionals/status';
import { MOBILISATION_CODES, MOBILISATION_LABELS } from '@/lib/reference/mobilisation';
import { REGIONS } from '@/lib/reference/regions';
import { VOLUNTEER_STATUSES } from '@/lib/professionals/regulator-query';

/** One filter per column of the volunteers table (SPEC §7.2); « Région » for the CCS only. */
export function volunteerFilterFields(showRegion: boolean): FilterSpec[] {
  return [
    ...(showRegion ? [{ key: 'region', label: 'Région', kind: 'select' as const, options: REGIONS.map((r) => ({ value: r.code, label: r.name })) }] : []),
    { key: 'lastName', label: 'Nom', kind: 'text' },
    { key: 'firstName', label: 'Prénom', kind: 'text' },
    { key: 'postalCode', label: 'CP', kind: 'text', hint: 'Début du code postal' },
    ...needFilterFields({ start: 'Disponible au plus tard ce jour-là', end: 'Disponible au moins jusqu’à ce jour' }),
    { key: 'identifier', label: 'Identifiant', kind: 'text', hint: 'Début du numéro RPPS ou ADELI' },
    { key: 'mobilisation', label: 'Mobilisation', kind: 'select', options: MOBILISATION_CODES.map((code) => ({ value: code, label: MOBILISATION_LABELS[code] })) },
    { key: 'status', label: 'Statut', kind: 'select', options: VOLUNTEER_STATUSES.map((status) => ({ value: status, label: VOLUNTEER_STATUS_LABELS[status] })) },
  ];
}
