'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import { RPPS_STATUS_LABELS } from '@/lib/rpps/shared/labels';
import { submitRegistrationAction } from '../actions';
import { CancelRequestButton } from './cancel-request-button';

type Sent = { requestId: string; number: string; status: 'SENT_TO_RPPS' };

/**
 * « Confirmez la demande d'enregistrement » (guide, image 9), then « Confirmation de l'envoi de votre
 * demande d'enregistrement » with the request number and its status (image 10).
 */
export function SendPanel({ requestId }: { requestId: string }) {
  const [sent, setSent] = useState<Sent | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send() {
    setBusy(true);
    setError(null);
    const result = await submitRegistrationAction({ requestId }).catch((): ActionResult<Sent> => ({ ok: false, formError: GENERIC_ERROR }));
    setBusy(false);
    if (result.ok) setSent(result.data);
    else setError(result.formError ?? GENERIC_ERROR);
  }

  if (sent) {
    return (
      <section aria-labelledby="sent-title" className="space-y-3 rounded-lg border-l-4 border-success bg-green-50 p-4" data-testid="registration-sent">
        <h2 id="sent-title" className="text-lg font-bold">
          Confirmation de l&apos;envoi de votre demande d&apos;enregistrement
        </h2>
        <p role="status">La demande a bien été envoyée pour obtention d&apos;un numéro RPPS.</p>
        <p>
          Numéro de la demande : <strong data-testid="request-number">{sent.number}</strong>
          <span className="mx-3" aria-hidden>
            |
          </span>
          Statut de la demande : <strong data-testid="request-status">{RPPS_STATUS_LABELS[sent.status]}</strong>
        </p>
        <p className="text-sm">
          Le professionnel va recevoir dans les prochaines minutes un email lui communiquant son numéro RPPS. Le gestionnaire RPPS+ ne reçoit pas d&apos;email
          de confirmation : le numéro apparaîtra dans la liste des demandes.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link href={`/rpps/demandes/${sent.requestId}`} className={buttonClasses('primary')}>
            Voir la demande
          </Link>
          <Link href="/rpps/enregistrement/nouveau" className={buttonClasses('secondary')}>
            Ajouter un autre enregistrement
          </Link>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="confirm-title" className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="confirm-title" className="text-lg font-bold">
        Confirmez la demande d&apos;enregistrement
      </h2>
      <p>Vérifiez le récapitulatif ci-dessous, puis envoyez la demande au RPPS pour obtenir le numéro RPPS du professionnel.</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <Link href={`/rpps/enregistrement/${requestId}/etape/4`} className={buttonClasses('secondary')}>
          Revenir à l&apos;étape précédente
        </Link>
        <Button type="button" onClick={send} busy={busy} disabled={busy}>
          Envoyer la demande au RPPS
        </Button>
        <CancelRequestButton requestId={requestId} disabled={busy} />
      </div>
    </section>
  );
}
