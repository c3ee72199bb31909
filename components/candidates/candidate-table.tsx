'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { CandidateQuery, CandidateStatus } from '@/lib/candidates/query';
import type { CandidateRow } from '@/lib/candidates/search';
import { CandidateTableRegion, PROFILE_COLUMNS, type CandidateColumn } from '@/components/candidates/candidate-cells';
import { CandidateTableRow } from '@/components/candidates/candidate-row';
import { decisionMessage, failureMessage, type ChoosingActions } from '@/components/candidates/choosing-actions';
import { DecisionBar } from '@/components/candidates/decision-bar';
import { fullName } from '@/components/candidates/labels';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';
import { useSelection } from '@/components/candidates/use-selection';

const COLUMNS: readonly CandidateColumn[] = [...PROFILE_COLUMNS, { label: 'Message' }, { label: 'Statut', sort: 'status' }, { label: 'Actions' }];

export interface CandidateTableProps {
  missionId: string;
  pathname: string;
  query: CandidateQuery;
  rows: CandidateRow[];
  /** False once the mission is filled or archived: nobody more can be contacted. */
  canContact: boolean;
  /** Positions still open (0 when archived): validating more than that is refused anyway. */
  positionsLeft: number;
  /** The server's render time, for « Réservé encore … » (the same words on the server and in the browser). */
  now: string;
  actions: ChoosingActions;
}

/**
 * The candidates table of SPEC §6.4 and what can be done from it: « Contacter » a volunteer, then tick
 * the volunteers CONTACTÉ for this mission and « Valider » or « Refuser » their candidacies. Every
 * outcome is said in French at the top of the table and the page data comes fresh from the server
 * (another account of the FINESS, or another establishment, may have acted meanwhile): a success
 * brings it with the action's answer (the action revalidated the area), a refusal asks for it.
 */
export function CandidateTable({ missionId, pathname, query, rows, canContact, positionsLeft, now, actions }: CandidateTableProps) {
  const router = useRouter();
  const { selection, select, clear } = useSelection();
  // Shown at once after a successful contact, until the refreshed rows arrive with the same status.
  const [contacted, setContacted] = useState<ReadonlySet<string>>(new Set());
  const [rowsShown, setRowsShown] = useState(rows);
  if (rowsShown !== rows) {
    // Fresh rows from the server: they know every status now, the optimistic ones are dropped.
    setRowsShown(rows);
    setContacted(new Set());
  }
  const [busy, setBusy] = useState<string | null>(null);
  const { notice, ref: noticeRef, announce } = useNotice();

  const statusOf = (row: CandidateRow): CandidateStatus => (contacted.has(row.id) && row.status !== 'ASSIGNED' ? 'CONTACTED' : row.status);
  const selectable = new Set(rows.filter((row) => statusOf(row) === 'CONTACTED').map((row) => row.id));
  // A refresh may have changed a selected row (validated by a colleague, released): only CONTACTÉ count.
  const selected = [...selection].filter((id) => selectable.has(id));

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
      router.refresh();
    }
  }

  async function decide(kind: 'validate' | 'refuse') {
    setBusy(kind);
    const input = { missionId, professionalIds: selected };
    const result = kind === 'validate' ? await actions.validate(input) : await actions.refuse(input);
    setBusy(null);
    if (result.ok) {
      const count = selected.length;
      clear();
      setContacted((previous) => new Set([...previous].filter((id) => !selected.includes(id))));
      announce({ tone: 'success', message: decisionMessage(kind, count) });
    } else {
      announce({ tone: 'error', message: failureMessage(result) });
      router.refresh();
    }
  }

  return (
    <div className="space-y-4">
      <NoticeArea notice={notice} noticeRef={noticeRef} testId="choosing-notice" />
      <CandidateTableRegion id="candidates-caption" caption="Candidats de la mission" columns={COLUMNS} pathname={pathname} query={query}>
        {rows.map((row) => (
          <CandidateTableRow
            key={row.id}
            row={row}
            status={statusOf(row)}
            selected={selection.has(row.id)}
            canContact={canContact}
            now={now}
            busy={busy === row.id}
            onSelect={(checked) => select(row.id, checked)}
            onContact={() => void contact(row)}
          />
        ))}
      </CandidateTableRegion>
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
