'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import type { ConfirmAvailabilityInput } from '@/lib/validation/volunteer-area';
import { formatParisShortDay } from '@/lib/dates/format';

const FAILED = 'Votre confirmation n’a pas pu être enregistrée. Réessayez dans un instant.';

export interface ConfirmAvailabilityProps {
  confirmedAt: Date | string;
  /** Offered while the switch says Disponible: confirming an Indisponible switch would mean nothing. */
  canConfirm: boolean;
  /** The server action (passed by the page, so the component can be tested with a stand-in). */
  confirm: (input: ConfirmAvailabilityInput) => Promise<ActionResult<{ confirmedAt: Date }>>;
}

/**
 * The date establishments and regulators see (« Disponibilité confirmée le … », SPEC §5.2), and one tap to
 * confirm without changing anything — what « Oui, toujours disponible » of a check-in email does. The
 * action revalidates the area, so the page comes back with the new date.
 */
export function ConfirmAvailability({ confirmedAt, canConfirm, confirm }: ConfirmAvailabilityProps) {
  const [shown, setShown] = useState(confirmedAt);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run() {
    setError(null);
    startTransition(async () => {
      const result = await confirm({}).catch(() => null);
      if (result?.ok) setShown(result.data.confirmedAt);
      else setError(result && !result.ok && result.formError ? result.formError : FAILED);
    });
  }

  return (
    <div className="space-y-2">
      <p data-testid="availability-confirmed-at">Disponibilité confirmée le {formatParisShortDay(shown)}.</p>
      {canConfirm ? (
        <Button type="button" variant="secondary" busy={pending} disabled={pending} onClick={run}>
          Je suis toujours disponible
        </Button>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
