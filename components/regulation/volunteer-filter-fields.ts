import type { FilterSpec } from '@/components/regulation/table-filters';
import { YES_NO } from '@/components/regulation/table-filters';
import { VOLUNTEER_STATUS_LABELS } from '@/lib/professionals/status';
import { MEDICAL_SPECIALITY_CODES, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';
import { MOBILISATION_CODES, MOBILISATION_LABELS } from '@/lib/reference/mobilisation';
import { PROFESSIONS } from '@/lib/reference/professions';
import { REGIONS } from '@/lib/reference/regions';
import { VOLUNTEER_STATUSES } from '@/lib/professionals/regulator-query';

/** One filter per column of the volunteers table (SPEC §7.2); « Région » for the CCS only. */
export function volunteerFilterFields(showRegion: boolean): FilterSpec[] {
  return [
    ...(showRegion ? [{ key: 'region', label: 'Région', kind: 'select' as const, options: REGIONS.map((r) => ({ value: r.code, label: r.name })) }] : []),
    { key: 'lastName', label: 'Nom', kind: 'text' },
    { key: 'firstName', label: 'Prénom', kind: 'text' },
    { key: 'postalCode', label: 'CP', kind: 'text', hint: 'Début du code postal' },
    { key: 'profession', label: 'Profession', kind: 'select', options: PROFESSIONS.map((p) => ({ value: p.code, label: p.label })) },
    { key: 'speciality', label: 'Spécialité', kind: 'select', options: MEDICAL_SPECIALITY_CODES.map((code) => ({ value: code, label: MEDICAL_SPECIALITY_LABELS[code] })) },
    { key: 'start', label: 'Date de début', kind: 'date', hint: 'Disponible au plus tard ce jour-là' },
    { key: 'end', label: 'Date de fin', kind: 'date', hint: 'Disponible au moins jusqu’à ce jour' },
    { key: 'ehpad', label: 'EHPAD', kind: 'select', options: YES_NO },
    { key: 'icu', label: 'Réanimation', kind: 'select', options: YES_NO },
    { key: 'vaccination', label: 'Vaccination', kind: 'select', options: YES_NO },
    { key: 'vehicle', label: 'Véhicule', kind: 'select', options: YES_NO },
    { key: 'weekend', label: 'Weekend', kind: 'select', options: YES_NO },
    { key: 'identifier', label: 'Identifiant', kind: 'text', hint: 'Début du numéro RPPS ou ADELI' },
    { key: 'mobilisation', label: 'Mobilisation', kind: 'select', options: MOBILISATION_CODES.map((code) => ({ value: code, label: MOBILISATION_LABELS[code] })) },
    { key: 'status', label: 'Statut', kind: 'select', options: VOLUNTEER_STATUSES.map((status) => ({ value: status, label: VOLUNTEER_STATUS_LABELS[status] })) },
  ];
}
