'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { CandidatePopup } from '@/lib/candidates/popup';
import type { CandidateStatus } from '@/lib/candidates/query';
import { failureMessage, type ChoosingActions } from '@/components/candidates/choosing-actions';
import { assignedUntilLabel, CANDIDATE_STATUS_LABELS, isContactable } from '@/components/candidates/labels';

type Loaded = { kind: 'loading' } | { kind: 'missing'; message: string } | { kind: 'ready'; candidate: CandidatePopup };

/**
 * The content of a candidate's popup (SPEC §6.4): Nom, Prénom, Profession, Mobilité, asked for when it
 * opens (the map only carries ids), and « Contacter » — the very action of the table.
 */
export function CandidatePopupContent({
  missionId,
  professionalId,
  canContact,
  contact,
}: {
  missionId: string;
  professionalId: string;
  canContact: boolean;
  contact: ChoosingActions['contact'];
}) {
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [status, setStatus] = useState<CandidateStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/missions/${encodeURIComponent(missionId)}/candidates/${encodeURIComponent(professionalId)}`, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    })
      .then(async (response) => {
        if (!response.ok) {
          setLoaded({ kind: 'missing', message: 'Ce candidat n’est plus proposé pour cette mission. Actualisez la page.' });
          return;
        }
        const candidate = (await response.json()) as CandidatePopup;
        setLoaded({ kind: 'ready', candidate });
        setStatus(candidate.status);
      })
      .catch((reason: unknown) => {
        if (reason instanceof DOMException && reason.name === 'AbortError') return;
        setLoaded({ kind: 'missing', message: 'Impossible de charger ce candidat. Vérifiez votre connexion et réessayez.' });
      });
    return () => controller.abort();
  }, [missionId, professionalId]);

  async function onContact() {
    setBusy(true);
    setError(null);
    const result = await contact({ missionId, professionalId });
    setBusy(false);
    if (result.ok) {
      // The table and the map follow with the action's answer: it revalidated the area.
      setStatus('CONTACTED');
      return;
    }
    setError(failureMessage(result));
    // Refused, nothing was revalidated: the table and the map follow the server all the same (a lost
    // race removes the row).
    router.refresh();
  }

  if (loaded.kind === 'loading') return <p className="pr-4 text-sm">Chargement…</p>;
  if (loaded.kind === 'missing') return <p className="pr-4 text-sm">{loaded.message}</p>;
  const { candidate } = loaded;
  return (
    <div className="space-y-2 pr-4 text-sm text-ink" data-testid="map-popup">
      <p className="font-bold uppercase">Professionnel</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-2">
        <dt className="font-medium">Nom :</dt>
        <dd>{candidate.lastName}</dd>
        <dt className="font-medium">Prénom :</dt>
        <dd>{candidate.firstName}</dd>
        <dt className="font-medium">Profession :</dt>
        <dd>{candidate.professionLabel}</dd>
        <dt className="font-medium">Mobilité :</dt>
        <dd>{candidate.mobilisationLabel}</dd>
        <dt className="font-medium">Statut :</dt>
        <dd>{status === 'DISPONIBLE' && candidate.assignedUntil ? assignedUntilLabel(candidate.assignedUntil) : status ? CANDIDATE_STATUS_LABELS[status] : ''}</dd>
      </dl>
      {error ? (
        <p role="alert" className="text-danger">
          {error}
        </p>
      ) : null}
      {canContact && status && isContactable(status) ? (
        <Button type="button" className="min-h-9 w-full px-3 py-1 text-sm" busy={busy} disabled={busy} onClick={() => void onContact()}>
          Contacter
        </Button>
      ) : null}
    </div>
  );
}
