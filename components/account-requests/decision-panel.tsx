'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RefusalDialog } from '@/components/account-requests/refusal-dialog';
import type { QueueActions } from '@/components/account-requests/queue-actions';
import { GENERIC_ERROR, NOT_FOUND_ERROR, type ActionResult } from '@/lib/actions/result';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';

/** Answers that mean "this request is no longer yours to decide": the queue drops it and says why. */
const STALE_ANSWERS = new Set<string>([ACCOUNT_REQUEST_MESSAGES.alreadyDecided, NOT_FOUND_ERROR]);

export interface DecisionPanelProps {
  requestId: string;
  establishmentName: string;
  actions: QueueActions;
  /** The request left the queue: decided here (`success`) or elsewhere meanwhile (`stale`). */
  onGone: (requestId: string, tone: 'success' | 'warning', message: string) => void;
}

const failed = (): ActionResult<never> => ({ ok: false, formError: GENERIC_ERROR });

/** « Valider » and « Refuser » of one request, with what went wrong shown right under them. */
export function DecisionPanel({ requestId, establishmentName, actions, onGone }: DecisionPanelProps) {
  const [pending, setPending] = useState<'validate' | 'refuse' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refusalOpen, setRefusalOpen] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);

  /** True when the failure was handled as "gone"; otherwise the message to show. */
  function handleFailure(result: Extract<ActionResult<unknown>, { ok: false }>): string | null {
    const message = result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? GENERIC_ERROR;
    if (STALE_ANSWERS.has(message)) {
      onGone(requestId, 'warning', message);
      return null;
    }
    return message;
  }

  async function validate() {
    setPending('validate');
    setError(null);
    const result = await actions.validate({ requestId }).catch(failed);
    setPending(null);
    if (result.ok) {
      const joined = result.data.joinedExisting ? ` Le compte est rattaché à l'établissement existant « ${result.data.establishmentName} ».` : '';
      onGone(requestId, 'success', `Demande de ${establishmentName} validée : l'email d'activation (lien valable 72 heures) est envoyé.${joined}`);
      return;
    }
    setError(handleFailure(result));
  }

  async function refuse(reason: string) {
    setPending('refuse');
    setReasonError(null);
    const result = await actions.refuse({ requestId, reason }).catch(failed);
    setPending(null);
    if (result.ok) {
      setRefusalOpen(false);
      onGone(requestId, 'success', `Demande de ${establishmentName} refusée : le motif est envoyé par email au demandeur.`);
      return;
    }
    if (result.fieldErrors?.reason) {
      setReasonError(result.fieldErrors.reason);
      return;
    }
    setRefusalOpen(false);
    setError(handleFailure(result));
  }

  return (
    <div className="space-y-3 border-t border-gray-200 pt-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="button" onClick={validate} busy={pending === 'validate'} disabled={pending !== null}>
          Valider
        </Button>
        <Button type="button" variant="danger" onClick={() => setRefusalOpen(true)} disabled={pending !== null}>
          Refuser
        </Button>
      </div>
      <RefusalDialog
        open={refusalOpen}
        requestId={requestId}
        establishmentName={establishmentName}
        busy={pending === 'refuse'}
        serverError={reasonError}
        onConfirm={refuse}
        onClose={() => {
          setRefusalOpen(false);
          setReasonError(null);
        }}
      />
    </div>
  );
}
