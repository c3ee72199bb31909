'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { VolunteerCandidacy } from '@/lib/professionals/regulator-sheet';
import type { ProposerActions } from '@/components/regulation/action-types';
import { formatDay, formatInstant } from '@/lib/dates/format';
import { professionLabel } from '@/components/establishment/format';
import { CANDIDACY_STATUS_LABELS } from '@/components/regulation/format';
import { PlainHeaders } from '@/components/table/table-region';
import { NoticeArea } from '@/components/candidates/notice-area';
import { ReleaseButton, ReleaseDialog, releasedMessage } from '@/components/regulation/release-dialog';
import { useCandidacyAct } from '@/components/regulation/use-candidacy-act';
import { WithdrawButton, withdrawnMessage } from '@/components/regulation/withdraw-button';

const HEADERS = ['Établissement', 'Mission', 'Statut', 'Poussé par ARS/Direction Régionale ou CCS', 'Dernière action', 'Actions'];

/**
 * Where the volunteer has been proposed, contacted or assigned (the missions of the scope only, each
 * opening its page). A reservation the regulator may end gets « Libérer », a proposal « Retirer », as on
 * the mission's « Proposer » page (docs/decisions/043): after a success the revalidated page shows the
 * row « Refusé » or « Retirée ».
 */
export function VolunteerCandidacies({
  rows,
  base,
  volunteerName,
  release,
  withdraw,
}: {
  rows: VolunteerCandidacy[];
  base: string;
  volunteerName: string;
  release: ProposerActions['release'];
  withdraw: ProposerActions['withdraw'];
}) {
  const { busy, notice, noticeRef, act } = useCandidacyAct();
  const [releasing, setReleasing] = useState<VolunteerCandidacy | null>(null);

  async function confirmRelease(row: VolunteerCandidacy) {
    await act(row.id, release, releasedMessage(volunteerName));
    setReleasing(null);
  }

  return (
    <section aria-labelledby="volunteer-candidacies-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="volunteer-candidacies-title" className="mb-2 text-lg font-bold">
        Candidatures
      </h2>
      <NoticeArea notice={notice} noticeRef={noticeRef} testId="volunteer-candidacies-notice" />
      {rows.length === 0 ? (
        <p>Aucune candidature pour l’instant.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr>
                <PlainHeaders labels={HEADERS} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-200" data-testid="volunteer-candidacy" data-status={row.status}>
                  <td className="px-2 py-2">{row.establishmentName}</td>
                  <td className="px-2 py-2">
                    <Link href={`${base}/missions/${row.missionId}`} className="text-brand underline">
                      {professionLabel(row.missionProfessionCode)} du {formatDay(row.missionStartDate)} au {formatDay(row.missionEndDate)}
                    </Link>
                  </td>
                  <td className="px-2 py-2">{CANDIDACY_STATUS_LABELS[row.status]}</td>
                  <td className="px-2 py-2">{row.proposed ? 'Oui' : 'Non'}</td>
                  <td className="whitespace-nowrap px-2 py-2">{formatInstant(row.updatedAt)}</td>
                  <td className="px-2 py-2">
                    {row.releasable ? <ReleaseButton volunteerName={volunteerName} disabled={busy !== null} onClick={() => setReleasing(row)} /> : null}
                    {row.withdrawable ? (
                      <WithdrawButton volunteerName={volunteerName} busy={busy === row.id} disabled={busy !== null} onClick={() => void act(row.id, withdraw, withdrawnMessage(volunteerName))} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ReleaseDialog
        volunteerName={releasing ? volunteerName : null}
        busy={busy !== null}
        onConfirm={() => releasing && void confirmRelease(releasing)}
        onClose={() => setReleasing(null)}
      />
    </section>
  );
}
