import type { CandidateFilterKey, CandidateQuery } from '@/lib/candidates/query';
import { CANDIDATE_STATUSES } from '@/lib/candidates/query';
import { DEPARTMENTS } from '@/lib/reference/departments';
import { MEDICAL_SPECIALITY_CODES, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';
import { MOBILISATION_CODES, MOBILISATION_LABELS } from '@/lib/reference/mobilisation';
import { getProfession } from '@/lib/reference/professions';
import { CANDIDATE_STATUS_LABELS } from '@/components/candidates/labels';
import { formatDay } from '@/lib/dates/format';

// One filter per column of the table (SPEC §6.4), named after its column. Booleans are Oui / Non / —
// selects; lists are selects; free text is matched anywhere in the value.

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterField {
  key: CandidateFilterKey;
  label: string;
  kind: 'text' | 'select' | 'date';
  options?: readonly FilterOption[];
  hint?: string;
}

const FLAG_OPTIONS: readonly FilterOption[] = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
];

const flag = (key: CandidateFilterKey, label: string): FilterField => ({ key, label, kind: 'select', options: FLAG_OPTIONS });

export function filterFields(professionCodes: readonly string[]): FilterField[] {
  return [
    { key: 'lastName', label: 'Nom', kind: 'text' },
    { key: 'firstName', label: 'Prénom', kind: 'text' },
    { key: 'departmentCode', label: 'Département', kind: 'select', options: DEPARTMENTS.map((d) => ({ value: d.code, label: `${d.code} — ${d.name}` })) },
    { key: 'professionCode', label: 'Profession', kind: 'select', options: professionCodes.map((code) => ({ value: code, label: getProfession(code)?.label ?? code })) },
    { key: 'speciality', label: 'Spécialité', kind: 'select', options: MEDICAL_SPECIALITY_CODES.map((code) => ({ value: code, label: MEDICAL_SPECIALITY_LABELS[code] })) },
    { key: 'startDate', label: 'Date de début', kind: 'date', hint: 'Début de disponibilité au plus tard ce jour-là' },
    { key: 'endDate', label: 'Date de fin', kind: 'date', hint: 'Fin de disponibilité au plus tôt ce jour-là' },
    flag('ehpad', 'Expérience en EHPAD'),
    flag('icu', 'Expérience en réanimation'),
    flag('vaccination', 'Vaccination'),
    flag('vehicle', 'Véhicule'),
    { key: 'mobilisation', label: 'Mobilisation', kind: 'select', options: MOBILISATION_CODES.map((code) => ({ value: code, label: MOBILISATION_LABELS[code] })) },
    { key: 'phone', label: 'Téléphone', kind: 'text' },
    { key: 'message', label: 'Message', kind: 'text' },
    { key: 'status', label: 'Statut', kind: 'select', options: CANDIDATE_STATUSES.map((status) => ({ value: status, label: CANDIDATE_STATUS_LABELS[status] })) },
  ];
}

/** The value of a filter as the form and the URL write it (`oui` / `non` for booleans). */
export function filterValue(query: CandidateQuery, key: CandidateFilterKey): string {
  const value = query[key];
  if (value === undefined) return '';
  return typeof value === 'boolean' ? (value ? 'oui' : 'non') : String(value);
}

export interface ActiveFilter {
  key: CandidateFilterKey;
  label: string;
  valueLabel: string;
}

/** The filters in force, worded for their chips. */
export function activeFilters(query: CandidateQuery, fields: readonly FilterField[]): ActiveFilter[] {
  return fields.flatMap((field) => {
    const value = filterValue(query, field.key);
    if (!value) return [];
    let valueLabel = field.options?.find((option) => option.value === value)?.label ?? value;
    if (field.key === 'startDate') valueLabel = `au plus tard le ${formatDay(value)}`;
    if (field.key === 'endDate') valueLabel = `au plus tôt le ${formatDay(value)}`;
    return [{ key: field.key, label: field.label, valueLabel }];
  });
}
