import type { FilterSpec } from '@/components/regulation/table-filters';
import { YES_NO } from '@/components/regulation/table-filters';
import { MEDICAL_SPECIALITY_CODES, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';
import { PROFESSIONS } from '@/lib/reference/professions';
import type { NEED_SORTS } from '@/lib/url/query-params';

// The columns of a need that the regulators' missions and volunteers tables share (SPEC §7.2): profession,
// speciality, dates and the five criteria, with one label each, as headers and as filters. A mission asks
// for them; a volunteer offers them.

type NeedSort = (typeof NEED_SORTS)[number];

export const NEED_COLUMNS: { label: string; sort: NeedSort }[] = [
  { label: 'Profession', sort: 'profession' },
  { label: 'Spécialité', sort: 'speciality' },
  { label: 'Date de début', sort: 'startDate' },
  { label: 'Date de fin', sort: 'endDate' },
  { label: 'EHPAD', sort: 'ehpad' },
  { label: 'Réanimation', sort: 'icu' },
  { label: 'Vaccination', sort: 'vaccination' },
  { label: 'Véhicule', sort: 'vehicle' },
  { label: 'Weekend', sort: 'weekend' },
];

/** The filters of those columns; the dates' hints say what each table compares them with. */
export function needFilterFields(dateHints: { start: string; end: string }): FilterSpec[] {
  return [
    { key: 'profession', label: 'Profession', kind: 'select', options: PROFESSIONS.map((p) => ({ value: p.code, label: p.label })) },
    { key: 'speciality', label: 'Spécialité', kind: 'select', options: MEDICAL_SPECIALITY_CODES.map((code) => ({ value: code, label: MEDICAL_SPECIALITY_LABELS[code] })) },
    { key: 'start', label: 'Date de début', kind: 'date', hint: dateHints.start },
    { key: 'end', label: 'Date de fin', kind: 'date', hint: dateHints.end },
    { key: 'ehpad', label: 'EHPAD', kind: 'select', options: YES_NO },
    { key: 'icu', label: 'Réanimation', kind: 'select', options: YES_NO },
    { key: 'vaccination', label: 'Vaccination', kind: 'select', options: YES_NO },
    { key: 'vehicle', label: 'Véhicule', kind: 'select', options: YES_NO },
    { key: 'weekend', label: 'Weekend', kind: 'select', options: YES_NO },
  ];
}
