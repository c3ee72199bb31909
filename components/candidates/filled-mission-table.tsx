'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectCell } from '@/components/candidates/candidate-cells';
import { decisionMessage, failureMessage, type FilledMissionActions } from '@/components/candidates/choosing-actions';
import { DecisionBar } from '@/components/candidates/decision-bar';
import { formatPhone, fullName } from '@/components/candidates/labels';
import { NoticeArea } from '@/components/candidates/notice-area';
import { ReservationTimeLeft } from '@/components/candidates/reservation-time-left';
import { StatusBadge } from '@/components/candidates/status-badge';
import { useNotice } from '@/components/candidates/use-notice';
import { useSelection } from '@/components/candidates/use-selection';
import { professionLabel } from '@/components/establishment/format';
import { CELL, PlainHeaders, ROW, SelectionHeader, TableRegion } from '@/components/table/table-region';
import type { MissionCandidacy } from '@/lib/candidacies/mission-follow-up';
import { formatInstant } from '@/lib/dates/format';

const HEADERS = ['Nom', 'Prénom', 'Profession', 'Téléphone', 'Statut', 'Contacté le', 'Fiche'];

export interface FilledMissionTableProps {
  missionId: string;
  /** The mission's volunteers « Contacté » and « Affecté » (the others are history). */
  rows: MissionCandidacy[];
  /** The server's render time: the time left reads the same on the server and in the browser. */
  now: string;
  actions: FilledMissionActions;
}

/**
 * The page of a filled mission (SPEC §6.2): no more contacts, but the volunteers still « Contacté » are
 * held for it until the establishment decides — « il faut bien penser à refuser les autres contactés ».
 * « Refuser les autres contactés » frees them all in one click; the check boxes and the decision bar of
 * « Choisir » refuse some of them (« Valider » stays off and says why: no position is left).
 */
export function FilledMissionTable({ missionId, rows, now, actions }: FilledMissionTableProps) {
  const router = useRouter();
  const { selection, select, clear } = useSelection();
  const [busy, setBusy] = useState<string | null>(null);
  const { notice, ref: noticeRef, announce } = useNotice();
  const contacted = rows.filter((row) => row.status === 'CONTACTED');
  const selectable = new Set(contacted.map((row) => row.professionalId));
  const selected = [...selection].filter((id) => selectable.has(id));

  async function decide(kind: 'validate' | 'refuse') {
    setBusy(kind);
    const input = { missionId, professionalIds: selected };
    const result = kind === 'validate' ? await actions.validate(input) : await actions.refuse(input);
    setBusy(null);
    if (result.ok) {
      clear();
      announce({ tone: 'success', message: decisionMessage(kind, selected.length) });
    } else {
      announce({ tone: 'error', message: failureMessage(result) });
      router.refresh();
    }
  }

  async function refuseRemaining() {
    setBusy('remaining');
    const result = await actions.refuseRemaining({ missionId });
    setBusy(null);
    if (result.ok) {
      clear();
      announce({
        tone: 'success',
        message: result.data.refused > 0 ? decisionMessage('refuse', result.data.refused) : 'Plus aucun candidat n’est au statut « Contacté » sur cette mission.',
      });
    } else {
      announce({ tone: 'error', message: failureMessage(result) });
      router.refresh();
    }
  }

  return (
    <div className="space-y-4">
      <NoticeArea notice={notice} noticeRef={noticeRef} testId="choosing-notice" />
      {contacted.length > 0 ? (
        <div className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
          <p id="remaining-status" className="text-sm">
            {contacted.length > 1
              ? `${contacted.length} candidats sont encore « Contacté » : ils restent réservés pour cette mission tant que vous ne les refusez pas.`
              : '1 candidat est encore « Contacté » : il reste réservé pour cette mission tant que vous ne le refusez pas.'}
          </p>
          <Button type="button" variant="danger" busy={busy === 'remaining'} disabled={busy !== null} aria-describedby="remaining-status" onClick={() => void refuseRemaining()}>
            Refuser les autres contactés
          </Button>
        </div>
      ) : (
        <p className="rounded-lg bg-white p-4 shadow-sm" data-testid="no-remaining-contacted">
          Aucun candidat n’est encore « Contacté » pour cette mission : personne n’est retenu pour rien.
        </p>
      )}
      <TableRegion id="follow-up-caption" caption="Candidats contactés et affectés de la mission" testId="filled-mission-table" head={<><SelectionHeader /><PlainHeaders labels={HEADERS} /></>}>
        {rows.map((row) => {
          const name = fullName(row);
          // The page hands « Contacté » and « Affecté » rows only.
          const status = row.status === 'CONTACTED' ? 'CONTACTED' : 'ASSIGNED';
          return (
            <tr key={row.id} className={ROW} data-testid="candidate-row" data-professional-id={row.professionalId} data-status={status}>
              <SelectCell
                name={name}
                selectable={status === 'CONTACTED'}
                checked={selection.has(row.professionalId)}
                hint="Seuls les candidats « Contacté » peuvent être validés ou refusés"
                onSelect={(checked) => select(row.professionalId, checked)}
              />
              <td className={`${CELL} font-medium`}>{row.lastName}</td>
              <td className={CELL}>{row.firstName}</td>
              <td className={CELL}>{professionLabel(row.professionCode)}</td>
              <td className={`${CELL} whitespace-nowrap`}>
                <a href={`tel:${row.phone}`} className="text-brand underline">
                  {formatPhone(row.phone)}
                </a>
              </td>
              <td className={CELL}>
                <StatusBadge status={status} />
                {row.reservedUntil ? <ReservationTimeLeft until={row.reservedUntil} now={now} /> : null}
              </td>
              <td className={`${CELL} whitespace-nowrap`}>{row.contactedAt ? formatInstant(row.contactedAt) : '—'}</td>
              <td className={CELL}>
                <a href={`/etablissement/candidats/${row.professionalId}`} target="_blank" rel="noopener" className="text-brand underline">
                  Fiche<span className="sr-only"> de {name} (nouvel onglet)</span>
                </a>
              </td>
            </tr>
          );
        })}
      </TableRegion>
      <DecisionBar selectedCount={selected.length} positionsLeft={0} busy={busy} onValidate={() => void decide('validate')} onRefuse={() => void decide('refuse')} />
    </div>
  );
}
