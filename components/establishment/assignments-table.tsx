import Link from 'next/link';
import type { AssignmentRow } from '@/lib/candidacies/assignments';
import { ACTIVITY_TYPE_LABELS } from '@/lib/reference/activity-types';
import { EmptyRow } from '@/components/table/table-region';
import { formatInstant } from '@/lib/dates/format';
import { professionLabel } from './format';

const PUSHED_BY: Record<NonNullable<AssignmentRow['pushedBy']>, string> = {
  ARS: 'Oui (ARS)',
  CCS: 'Oui (CCS)',
  UNKNOWN: 'Oui',
};

const HEADERS = [
  'Poussé par ARS/Direction Régionale ou CCS',
  'Date de l’action',
  'Nom',
  'Prénom',
  'Profession',
  'Type activité',
  'Statut',
  'Profession demandée',
  'Commentaire',
];

/** SPEC §6.6, the original's columns; the name opens the volunteer's sheet. */
export function AssignmentsTable({ rows }: { rows: AssignmentRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="min-w-full text-sm" data-testid="assignments-table">
        <caption className="p-3 text-left font-bold">Renforts affectés aux missions de vos établissements, du plus récent au plus ancien</caption>
        <thead className="border-b-2 border-ink">
          <tr>
            {HEADERS.map((header) => (
              <th key={header} scope="col" className="px-3 py-2 text-left align-bottom">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <EmptyRow columns={HEADERS.length}>Aucun renfort affecté pour l’instant : ils apparaissent ici dès que vous validez une candidature.</EmptyRow>
          ) : (
            rows.map((row) => (
              <tr key={row.candidacyId} className="border-b border-gray-200" data-testid="assignment-row">
                <td className="px-3 py-2">{row.pushedBy ? PUSHED_BY[row.pushedBy] : 'Non'}</td>
                <td className="whitespace-nowrap px-3 py-2">{row.decidedAt ? formatInstant(row.decidedAt) : '—'}</td>
                <td className="px-3 py-2">
                  <Link href={`/etablissement/candidats/${row.professionalId}`} className="text-brand underline">
                    {row.lastName}
                    <span className="sr-only"> {row.firstName} (fiche du renfort)</span>
                  </Link>
                </td>
                <td className="px-3 py-2">{row.firstName}</td>
                <td className="px-3 py-2">{professionLabel(row.professionCode)}</td>
                <td className="px-3 py-2">{ACTIVITY_TYPE_LABELS[row.activityType]}</td>
                <td className="px-3 py-2">{row.ended ? 'Affecté (mission terminée)' : 'Affecté'}</td>
                <td className="px-3 py-2">{professionLabel(row.missionProfessionCode)}</td>
                <td className="px-3 py-2">{row.comment ?? ''}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
