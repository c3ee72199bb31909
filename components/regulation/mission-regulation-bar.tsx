'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { failureMessage } from '@/components/candidates/choosing-actions';
import type { ProposerActions } from '@/components/regulation/action-types';
import { ArchiveMissionButton } from '@/components/regulation/archive-mission-button';
import { formatInstant } from '@/lib/dates/format';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';

interface Props {
  missionId: string;
  missionLabel: string;
  open: boolean;
  ccsAlertAt: Date | null;
  nationalPoolOpen: boolean;
  actions: Pick<ProposerActions, 'alertCcs' | 'openNationalPool' | 'archive'>;
}

/**
 * The mission-level decisions of SPEC §7.2: the ARS alerts the CCS of a need it cannot meet; the CCS
 * opens the national pool (volunteers of other regions with « Nationale » mobilisation then match the
 * mission, for the establishment too); either archives the mission.
 */
export function MissionRegulationBar({ missionId, missionLabel, open, ccsAlertAt, nationalPoolOpen, actions }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const { notice, ref, announce } = useNotice();

  async function run(kind: 'alert' | 'pool') {
    const act = kind === 'alert' ? actions.alertCcs : actions.openNationalPool;
    if (!act) return;
    setBusy(true);
    const result = await act({ missionId });
    setBusy(false);
    announce(
      result.ok
        ? {
            tone: 'success',
            message: kind === 'alert' ? 'Le CCS est alerté : la mission figure dans ses alertes.' : 'Le vivier national est ouvert : les renforts des autres régions en mobilisation « Nationale » correspondent désormais à cette mission.',
          }
        : { tone: 'error', message: failureMessage(result) },
    );
    // A success came back with the page rendered afresh (the action revalidated the area); a refusal
    // (the mission archived meanwhile) did not.
    if (!result.ok) router.refresh();
  }

  return (
    <section aria-labelledby="regulation-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="regulation-title" className="text-lg font-bold">
        Régulation de la mission
      </h2>
      <NoticeArea notice={notice} noticeRef={ref} testId="regulation-notice" />
      <ul className="space-y-1 text-sm">
        <li data-testid="ccs-alert-state">{ccsAlertAt ? `CCS alerté le ${formatInstant(ccsAlertAt)}.` : 'Le CCS n’a pas été alerté.'}</li>
        <li data-testid="national-pool-state">{nationalPoolOpen ? 'Vivier national ouvert par le CCS.' : 'Vivier national fermé : seuls les renforts de la région correspondent.'}</li>
      </ul>
      {open ? (
        <div className="flex flex-wrap gap-3">
          {actions.alertCcs && !ccsAlertAt ? (
            <Button type="button" variant="secondary" busy={busy} disabled={busy} onClick={() => void run('alert')}>
              Alerter le CCS
            </Button>
          ) : null}
          {actions.openNationalPool && !nationalPoolOpen ? (
            <Button type="button" variant="secondary" busy={busy} disabled={busy} onClick={() => void run('pool')}>
              Ouvrir le vivier national
            </Button>
          ) : null}
          <ArchiveMissionButton missionId={missionId} missionLabel={missionLabel} archive={actions.archive} />
        </div>
      ) : (
        <p className="text-sm">Cette mission est archivée.</p>
      )}
    </section>
  );
}
