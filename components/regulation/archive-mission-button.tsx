'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { failureMessage } from '@/components/candidates/choosing-actions';
import type { MissionRowActions } from '@/components/regulation/action-types';

/**
 * « Archiver » a mission (ARS/CCS only, SPEC §6.2), after a confirmation: the proposals still « En
 * cours » are withdrawn, and the establishment no longer sees the mission among its open ones.
 */
export function ArchiveMissionButton({ missionId, missionLabel, archive }: { missionId: string; missionLabel: string; archive: MissionRowActions['archive'] }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    const result = await archive({ missionId });
    setBusy(false);
    // Archived, the page comes back rendered afresh with the action's answer (it revalidated the area).
    if (result.ok) {
      setOpen(false);
    } else {
      setError(failureMessage(result));
    }
  }

  return (
    <>
      <Button type="button" variant="secondary" className="min-h-9 px-3 py-1 text-sm" onClick={() => { setError(null); setOpen(true); }}>
        Archiver<span className="sr-only"> la mission {missionLabel}</span>
      </Button>
      <ConfirmDialog open={open} title="Archiver cette mission ?" confirmLabel="Archiver la mission" danger busy={busy} onConfirm={() => void confirm()} onClose={() => setOpen(false)}>
        <p>{missionLabel}</p>
        <p>
          La mission ne sera plus proposée à l’établissement. Les propositions encore « En cours » sont retirées ; les renforts
          déjà affectés le restent jusqu’à la date de fin.
        </p>
        {error ? (
          <p role="alert" className="text-danger">
            {error}
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
