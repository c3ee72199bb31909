'use client';

import { useState } from 'react';
import type { MissionCandidacyRow } from '@/lib/candidates/proposer';
import type { ProposerActions } from '@/components/regulation/action-types';
import { formatInstant } from '@/lib/dates/format';
import { professionLabel } from '@/components/establishment/format';
import { CANDIDACY_STATUS_LABELS } from '@/components/regulation/format';
import { NoticeArea } from '@/components/candidates/notice-area';
import { CELL, PlainHeaders, TableRegion } from '@/components/table/table-region';
import { ReleaseButton, ReleaseDialog, releasedMessage } from '@/components/regulation/release-dialog';
import { useCandidacyAct } from '@/components/regulation/use-candidacy-act';
import { WithdrawButton, withdrawnMessage } from '@/components/regulation/withdraw-button';

const HEADERS = ['Nom', 'Prénom', 'Profession', 'Statut', 'Proposé par', 'Dernière action', 'Actions'];

/**
 * What has happened on the mission: proposals (« En cours »), contacts, assignments, and the ones
 * withdrawn, refused or expired. A proposal the establishment has not contacted yet can be withdrawn; a
 * volunteer it contacted can be released, after a confirmation (docs/decisions/043).
 */
export function MissionCandidacies({
  rows,
  withdraw,
  release,
}: {
  rows: MissionCandidacyRow[];
  withdraw: ProposerActions['withdraw'];
  release: ProposerActions['release'];
}) {
  const { busy, notice, noticeRef, act } = useCandidacyAct();
  const [releasing, setReleasing] = useState<MissionCandidacyRow | null>(null);
  const nameOf = (row: MissionCandidacyRow) => `${row.firstName} ${row.lastName}`;

  // « Retirer » or « Libérer »: the volunteer is free again either way.
  const remove = (row: MissionCandidacyRow) => act(row.id, withdraw, withdrawnMessage(nameOf(row)));
  async function confirmRelease(row: MissionCandidacyRow) {
    await act(row.id, release, releasedMessage(nameOf(row)));
    setReleasing(null);
  }

  return (
    <div className="space-y-3">
      <NoticeArea notice={notice} noticeRef={noticeRef} testId="candidacies-notice" />
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 shadow-sm">Aucun renfort n’a encore été proposé, contacté ou affecté sur cette mission.</p>
      ) : (
        <TableRegion id="candidacies-caption" caption="Propositions et candidatures de la mission" testId="mission-candidacies" head={<PlainHeaders labels={HEADERS} />}>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-200" data-testid="mission-candidacy" data-status={row.status}>
              <td className={`${CELL} font-medium`}>{row.lastName}</td>
              <td className={CELL}>{row.firstName}</td>
              <td className={CELL}>{professionLabel(row.professionCode)}</td>
              <td className={CELL}>{CANDIDACY_STATUS_LABELS[row.status]}</td>
              <td className={CELL}>{row.proposedBy ?? '—'}</td>
              <td className={`${CELL} whitespace-nowrap`}>{formatInstant(row.updatedAt)}</td>
              <td className={CELL}>
                {row.status === 'CONTACTED' ? <ReleaseButton volunteerName={nameOf(row)} disabled={busy !== null} onClick={() => setReleasing(row)} /> : null}
                {row.status === 'PROPOSED' ? <WithdrawButton volunteerName={nameOf(row)} busy={busy === row.id} disabled={busy !== null} onClick={() => void remove(row)} /> : null}
              </td>
            </tr>
          ))}
        </TableRegion>
      )}
      <ReleaseDialog
        volunteerName={releasing ? nameOf(releasing) : null}
        busy={busy !== null}
        onConfirm={() => releasing && void confirmRelease(releasing)}
        onClose={() => setReleasing(null)}
      />
    </div>
  );
}
