'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CandidateTableRegion, PROFILE_COLUMNS, type CandidateColumn } from '@/components/candidates/candidate-cells';
import { failureMessage } from '@/components/candidates/choosing-actions';
import { fullName } from '@/components/candidates/labels';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';
import { useSelection } from '@/components/candidates/use-selection';
import type { CandidateQuery } from '@/lib/candidates/query';
import type { CandidateRow } from '@/lib/candidates/search';
import type { ProposerActions } from '@/components/regulation/action-types';
import { AssignDialog } from '@/components/regulation/assign-dialog';
import { isProposable, ProposerRow } from '@/components/regulation/proposer-row';

// « Distance » follows « Mobilisation »: the regulators see both, and may push beyond it (SPEC §6.4).
const COLUMNS: readonly CandidateColumn[] = [...PROFILE_COLUMNS, { label: 'Distance', sort: 'distanceKm' }, { label: 'Statut', sort: 'status' }, { label: 'Actions' }];

export interface ProposerTableProps {
  missionId: string;
  establishmentName: string;
  base: string;
  pathname: string;
  query: CandidateQuery;
  rows: CandidateRow[];
  /** False once the mission is filled or archived. */
  canAct: boolean;
  actions: Pick<ProposerActions, 'propose' | 'assign'>;
}

/**
 * « Proposer » (SPEC §7.2): tick the volunteers « Disponible » and push them to the mission; each becomes
 * « En cours », reserved for it, and the establishment and the volunteers get their emails. « Affecter »
 * sets one volunteer « Affecté » on behalf of the establishment.
 */
export function ProposerTable({ missionId, establishmentName, base, pathname, query, rows, canAct, actions }: ProposerTableProps) {
  const router = useRouter();
  const { selection, select, clear } = useSelection();
  const [busy, setBusy] = useState(false);
  const [assigning, setAssigning] = useState<CandidateRow | null>(null);
  const [assignError, setAssignError] = useState<string | null>(null);
  const { notice, ref, announce } = useNotice();

  // After a refresh a ticked volunteer may no longer be free: only those still « Disponible » count.
  const selectable = new Set(rows.filter((row) => isProposable(row.status)).map((row) => row.id));
  const selected = [...selection].filter((id) => selectable.has(id));

  async function propose() {
    setBusy(true);
    const result = await actions.propose({ missionId, professionalIds: selected });
    setBusy(false);
    if (result.ok) {
      clear();
      const count = result.data.proposed;
      announce({
        tone: 'success',
        message: `${count > 1 ? `${count} renforts proposés` : '1 renfort proposé'} à ${establishmentName} : statut « En cours », réservé pour cette mission. L’établissement et ${count > 1 ? 'les professionnels sont prévenus' : 'le professionnel est prévenu'} par courriel.`,
      });
    } else {
      announce({ tone: 'error', message: failureMessage(result) });
      // A success came back with the page rendered afresh (the action revalidated the area); a refusal
      // did not, and a ticked volunteer may have gone meanwhile.
      router.refresh();
    }
  }

  async function assign() {
    if (!assigning) return;
    setBusy(true);
    const result = await actions.assign({ missionId, professionalId: assigning.id });
    setBusy(false);
    if (result.ok) {
      const name = fullName(assigning);
      setAssigning(null);
      announce({ tone: 'success', message: `${name} est affecté à la mission pour le compte de l’établissement ; le courriel de confirmation lui est envoyé.` });
    } else {
      setAssignError(failureMessage(result));
    }
  }

  return (
    <div className="space-y-4">
      <NoticeArea notice={notice} noticeRef={ref} testId="proposer-notice" />
      <CandidateTableRegion id="proposer-caption" caption="Renforts correspondant à la mission" columns={COLUMNS} pathname={pathname} query={query}>
        {rows.map((row) => (
          <ProposerRow
            key={row.id}
            row={row}
            missionId={missionId}
            base={base}
            canAct={canAct}
            selected={selection.has(row.id)}
            onSelect={(checked) => select(row.id, checked)}
            onAssign={() => {
              setAssignError(null);
              setAssigning(row);
            }}
          />
        ))}
      </CandidateTableRegion>
      <div className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
        <p id="proposer-selection" aria-live="polite" className="text-sm">
          {selected.length === 0
            ? 'Aucun renfort sélectionné : cochez les renforts « Disponible » à proposer à l’établissement.'
            : `${selected.length} ${selected.length > 1 ? 'renforts sélectionnés' : 'renfort sélectionné'}.`}
        </p>
        <Button type="button" disabled={!canAct || selected.length === 0 || busy} busy={busy && !assigning} aria-describedby="proposer-selection" onClick={() => void propose()}>
          Proposer
        </Button>
      </div>
      <AssignDialog
        volunteerName={assigning ? fullName(assigning) : null}
        establishmentName={establishmentName}
        busy={busy}
        error={assignError}
        onConfirm={() => void assign()}
        onClose={() => setAssigning(null)}
      />
    </div>
  );
}
