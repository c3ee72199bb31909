'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import type { CandidateQuery, CandidateSortColumn, CandidateStatus } from '@/lib/matching/candidate-query';
import type { CandidateRow } from '@/lib/matching/candidate-search';
import { CandidateTableRow } from '@/components/choosing/candidate-row';
import { failureMessage, type ChoosingActions } from '@/components/choosing/choosing-actions';
import { ColumnHeader } from '@/components/choosing/sort-header';
import { DecisionBar } from '@/components/choosing/decision-bar';
import { fullName } from '@/components/choosing/labels';

const COLUMNS: { label: string; sort?: CandidateSortColumn }[] = [
  { label: 'Nom', sort: 'lastName' },
  { label: 'Prénom', sort: 'firstName' },
  { label: 'Département', sort: 'departmentCode' },
  { label: 'Profession', sort: 'professionCode' },
  { label: 'Spécialité', sort: 'speciality' },
  { label: 'Date de début', sort: 'startDate' },
  { label: 'Date de fin', sort: 'endDate' },
  { label: 'Expérience en EHPAD' },
  { label: 'Expérience en réanimation' },
  { label: 'Vaccination' },
  { label: 'Véhicule' },
  { label: 'Mobilisation', sort: 'mobilisation' },
  { label: 'Téléphone' },
  { label: 'Message' },
  { label: 'Statut', sort: 'status' },
  { label: 'Actions' },
];

interface Notice {
  tone: 'success' | 'error';
  message: string;
}

export interface CandidateTableProps {
  missionId: string;
  pathname: string;
  query: CandidateQuery;
  rows: CandidateRow[];
  /** False once the mission is filled or archived: nobody more can be contacted. */
  canContact: boolean;
  /** Positions still open (0 when archived): validating more than that is refused anyway. */
  positionsLeft: number;
  actions: ChoosingActions;
}

/**
 * The candidates table of SPEC §6.4 and what can be done from it: « Contacter » a volunteer, then tick
 * the volunteers CONTACTÉ for this mission and « Valider » or « Refuser » their candidacies. Every
 * outcome is said in French at the top of the table and the page data is refreshed from the server
 * (another account of the FINESS, or another establishment, may have acted meanwhile).
 */
export function CandidateTable({ missionId, pathname, query, rows, canContact, positionsLeft, actions }: CandidateTableProps) {
  const router = useRouter();
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  // Shown at once after a successful contact, until the refreshed rows arrive with the same status.
  const [contacted, setContacted] = useState<ReadonlySet<string>>(new Set());
  const [rowsShown, setRowsShown] = useState(rows);
  if (rowsShown !== rows) {
    // Fresh rows from the server: they know every status now, the optimistic ones are dropped.
    setRowsShown(rows);
    setContacted(new Set());
  }
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const statusOf = (row: CandidateRow): CandidateStatus => (contacted.has(row.id) && row.status !== 'ASSIGNED' ? 'CONTACTED' : row.status);
  const selectable = new Set(rows.filter((row) => statusOf(row) === 'CONTACTED').map((row) => row.id));
  // A refresh may have changed a selected row (validated by a colleague, released): only CONTACTÉ count.
  const selected = [...selection].filter((id) => selectable.has(id));

  function announce(next: Notice) {
    setNotice(next);
    // The button that had focus may be gone: focus goes to the message that says what happened.
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  async function contact(row: CandidateRow) {
    setBusy(row.id);
    const result = await actions.contact({ missionId, professionalId: row.id });
    setBusy(null);
    if (result.ok) {
      setContacted((previous) => new Set(previous).add(row.id));
      announce({
        tone: 'success',
        message: `${fullName(row)} est au statut « Contacté » : ce renfort vous est réservé jusqu’à ce que vous validiez ou refusiez sa candidature.`,
      });
    } else {
      announce({ tone: 'error', message: failureMessage(result) });
    }
    router.refresh();
  }

  async function decide(kind: 'validate' | 'refuse') {
    setBusy(kind);
    const input = { missionId, professionalIds: selected };
    const result = kind === 'validate' ? await actions.validate(input) : await actions.refuse(input);
    setBusy(null);
    if (result.ok) {
      const count = selected.length;
      setSelection(new Set());
      setContacted((previous) => new Set([...previous].filter((id) => !selected.includes(id))));
      announce({ tone: 'success', message: decisionMessage(kind, count) });
    } else {
      announce({ tone: 'error', message: failureMessage(result) });
    }
    router.refresh();
  }

  function select(id: string, checked: boolean) {
    setSelection((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <div className="space-y-4">
      <div ref={noticeRef} tabIndex={-1} className="outline-none" data-testid="choosing-notice">
        {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
      </div>
      <div role="region" aria-labelledby="candidates-caption" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="min-w-full border-collapse text-sm">
          <caption id="candidates-caption" className="sr-only">
            Candidats de la mission
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink px-2 py-2 text-left align-bottom">
                <span className="sr-only">Sélection</span>
              </th>
              {COLUMNS.map((column) => (
                <ColumnHeader key={column.label} label={column.label} sort={column.sort} pathname={pathname} query={query} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <CandidateTableRow
                key={row.id}
                row={row}
                status={statusOf(row)}
                selected={selection.has(row.id)}
                canContact={canContact}
                busy={busy === row.id}
                onSelect={(checked) => select(row.id, checked)}
                onContact={() => void contact(row)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <DecisionBar
        selectedCount={selected.length}
        positionsLeft={positionsLeft}
        busy={busy}
        onValidate={() => void decide('validate')}
        onRefuse={() => void decide('refuse')}
      />
    </div>
  );
}

function decisionMessage(kind: 'validate' | 'refuse', count: number): string {
  const plural = count > 1;
  if (kind === 'validate') {
    return plural
      ? `${count} candidatures validées : les professionnels sont affectés à la mission et reçoivent un courriel de confirmation.`
      : '1 candidature validée : le professionnel est affecté à la mission et reçoit un courriel de confirmation.';
  }
  return plural
    ? `${count} candidatures refusées : les professionnels sont de nouveau disponibles pour les autres établissements.`
    : '1 candidature refusée : le professionnel est de nouveau disponible pour les autres établissements.';
}
