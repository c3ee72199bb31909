'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { failureMessage } from '@/components/choosing/choosing-actions';
import type { MissionCandidacyRow } from '@/lib/regulation/proposer';
import type { ProposerActions } from '@/components/regulation/action-types';
import { formatInstant, professionLabel } from '@/components/establishment/format';
import { CANDIDACY_STATUS_LABELS } from '@/components/regulation/format';
import { NoticeArea } from '@/components/regulation/notice-area';
import { useNotice } from '@/components/regulation/use-notice';

const HEADERS = ['Nom', 'Prénom', 'Profession', 'Statut', 'Proposé par', 'Dernière action', 'Actions'];
const TD = 'px-2 py-2 align-top';

/**
 * What has happened on the mission: proposals (« En cours »), contacts, assignments, and the ones
 * withdrawn, refused or expired. A proposal the establishment has not contacted yet can be withdrawn.
 */
export function MissionCandidacies({ rows, withdraw }: { rows: MissionCandidacyRow[]; withdraw: ProposerActions['withdraw'] }) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const { notice, ref, announce } = useNotice();

  async function remove(row: MissionCandidacyRow) {
    setBusy(row.id);
    const result = await withdraw({ candidacyId: row.id });
    setBusy(null);
    announce(
      result.ok
        ? { tone: 'success', message: `La proposition de ${row.firstName} ${row.lastName} est retirée : ce renfort est de nouveau disponible.` }
        : { tone: 'error', message: failureMessage(result) },
    );
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <NoticeArea notice={notice} noticeRef={ref} testId="candidacies-notice" />
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 shadow-sm">Aucun renfort n’a encore été proposé, contacté ou affecté sur cette mission.</p>
      ) : (
        <div role="region" aria-labelledby="candidacies-caption" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm">
          <table className="min-w-full border-collapse text-sm" data-testid="mission-candidacies">
            <caption id="candidacies-caption" className="sr-only">
              Propositions et candidatures de la mission
            </caption>
            <thead>
              <tr>
                {HEADERS.map((header) => (
                  <th key={header} scope="col" className="border-b-2 border-ink px-2 py-2 text-left align-bottom">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-200" data-testid="mission-candidacy" data-status={row.status}>
                  <td className={`${TD} font-medium`}>{row.lastName}</td>
                  <td className={TD}>{row.firstName}</td>
                  <td className={TD}>{professionLabel(row.professionCode)}</td>
                  <td className={TD}>{CANDIDACY_STATUS_LABELS[row.status]}</td>
                  <td className={TD}>{row.proposedBy ?? '—'}</td>
                  <td className={`${TD} whitespace-nowrap`}>{formatInstant(row.updatedAt)}</td>
                  <td className={TD}>
                    {row.status === 'PROPOSED' ? (
                      <Button type="button" variant="secondary" className="min-h-9 px-3 py-1 text-sm" busy={busy === row.id} disabled={busy !== null} onClick={() => void remove(row)}>
                        Retirer<span className="sr-only"> la proposition de {row.firstName} {row.lastName}</span>
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
