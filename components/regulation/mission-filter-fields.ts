import type { FilterSpec } from '@/components/regulation/table-filters';
import { YES_NO } from '@/components/regulation/table-filters';
import { MEDICAL_SPECIALITY_CODES, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';
import { PROFESSIONS } from '@/lib/reference/professions';
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
    { key: 'profession', label: 'Profession', kind: 'select', options: PROFESSIONS.map((p) => ({ value: p.code, label: p.label })) },
    { key: 'speciality', label: 'Spécialité', kind: 'select', options: MEDICAL_SPECIALITY_CODES.map((code) => ({ value: code, label: MEDICAL_SPECIALITY_LABELS[code] })) },
    { key: 'start', label: 'Date de début', kind: 'date', hint: 'Missions commençant à partir de ce jour' },
    { key: 'end', label: 'Date de fin', kind: 'date', hint: 'Missions se terminant au plus tard ce jour' },
    { key: 'ehpad', label: 'EHPAD', kind: 'select', options: YES_NO },
    { key: 'icu', label: 'Réanimation', kind: 'select', options: YES_NO },
    { key: 'vaccination', label: 'Vaccination', kind: 'select', options: YES_NO },
    { key: 'vehicle', label: 'Véhicule', kind: 'select', options: YES_NO },
    { key: 'weekend', label: 'Weekend', kind: 'select', options: YES_NO },
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
