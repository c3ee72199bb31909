'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import { formatDay, formatLongInstant } from '@/lib/dates/format';
import type { OwnCandidacy } from '@/lib/professionals/own';
import type { DeclineCandidacyInput } from '@/lib/validation/volunteer-area';

export interface MyCandidacyProps {
  candidacy: OwnCandidacy | null;
  /** The server action (passed by the page, so the component can be tested with a stand-in). */
  decline: (input: DeclineCandidacyInput) => Promise<ActionResult<{ declined: true }>>;
}

const BUTTON = 'Je ne suis pas disponible pour cette mission';

/**
 * « Ma candidature » (SPEC §5.2): who holds the volunteer, for which mission, since and until when, and
 * the button that frees them, behind one confirmation. After the decline the action re-renders the page
 * without a candidacy; this component stays mounted and says what happened, with the focus on it.
 */
export function MyCandidacy({ candidacy, decline }: MyCandidacyProps) {
  const [confirming, setConfirming] = useState(false);
  const [declined, setDeclined] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const done = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (declined && !candidacy) done.current?.focus();
  }, [declined, candidacy]);

  if (!candidacy) {
    if (!declined) return null;
    return (
      <section aria-labelledby="candidacy-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="candidacy-title" className="text-lg font-bold">
          Ma candidature
        </h2>
        <div ref={done} tabIndex={-1} data-testid="candidacy-declined">
          <Alert tone="success" title="Vous n’êtes plus réservé(e) pour cette mission">
            L’établissement en a été informé par email. Vous pouvez de nouveau être contacté(e) pour d’autres missions.
          </Alert>
        </div>
      </section>
    );
  }

  function confirm() {
    if (!candidacy) return;
    setError(null);
    startTransition(async () => {
      const result = await decline({ candidacyId: candidacy.candidacyId }).catch(() => null);
      setConfirming(false);
      if (result?.ok) setDeclined(true);
      else setError(result && !result.ok && result.formError ? result.formError : GENERIC_ERROR);
    });
  }

  return (
    <section aria-labelledby="candidacy-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm" data-testid="my-candidacy">
      <h2 id="candidacy-title" className="text-lg font-bold">
        Ma candidature
      </h2>
      <dl className="space-y-2">
        <div>
          <dt className="text-sm text-muted">Établissement</dt>
          <dd className="font-bold" data-testid="candidacy-establishment">
            {candidacy.establishmentName}, {candidacy.establishmentCity}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Mission</dt>
          <dd data-testid="candidacy-mission">
            {candidacy.professionLabel}, du {formatDay(candidacy.startDate)} au {formatDay(candidacy.endDate)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{candidacy.status === 'PROPOSED' ? 'Proposé(e) par une ARS ou le CCS' : 'Contacté(e) par l’établissement'}</dt>
          <dd data-testid="candidacy-since">{candidacy.since ? `Depuis le ${formatLongInstant(candidacy.since)}` : 'Date inconnue'}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Réservation</dt>
          <dd data-testid="candidacy-until">
            {candidacy.until
              ? `Jusqu’au ${formatLongInstant(candidacy.until)} au plus tard : sans validation ni refus de l’établissement d’ici là, elle est levée automatiquement.`
              : 'Jusqu’à ce que l’établissement vous contacte, ou que l’ARS retire sa proposition.'}
          </dd>
        </div>
      </dl>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)} disabled={pending}>
        {BUTTON}
      </Button>
      <Dialog
        open={confirming}
        title="Vous n’êtes pas disponible pour cette mission ?"
        onClose={() => (pending ? undefined : setConfirming(false))}
        actions={
          <>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending} autoFocus>
              Annuler
            </Button>
            <Button type="button" variant="danger" onClick={confirm} busy={pending} disabled={pending}>
              Confirmer : je ne suis pas disponible
            </Button>
          </>
        }
      >
        <p>
          Votre réservation pour la mission de {candidacy.establishmentName} sera levée immédiatement.{' '}
          {candidacy.pushed
            ? 'L’établissement et l’agent de l’ARS ou du CCS qui vous a proposé(e) en seront informés par email.'
            : 'L’établissement en sera informé par email.'}
        </p>
        <p>Vous redevenez disponible pour les autres établissements. Ce choix ne peut pas être annulé.</p>
      </Dialog>
    </section>
  );
}
