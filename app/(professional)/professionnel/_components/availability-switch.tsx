'use client';

import { useId, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import type { AvailabilitySwitchInput } from '@/lib/validation/volunteer-area';

const FAILED = 'Votre disponibilité n’a pas pu être enregistrée. Réessayez dans un instant.';

export interface AvailabilitySwitchProps {
  available: boolean;
  /** The server action (passed by the page, so the component can be tested with a stand-in). */
  setAvailability: (input: AvailabilitySwitchInput) => Promise<ActionResult<{ available: boolean }>>;
}

/**
 * The one-tap « Disponible / Indisponible » switch (SPEC §5.2). Its name is the current state and
 * aria-checked says whether it is on. It moves at once (optimistic) and goes back with a message if the
 * save fails. While saving it ignores taps rather than being disabled, so the focus stays on it.
 */
export function AvailabilitySwitch({ available: saved, setAvailability }: AvailabilitySwitchProps) {
  const [available, setAvailable] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hintId = useId();
  const errorId = useId();

  function toggle() {
    if (pending) return;
    const next = !available;
    setError(null);
    setAvailable(next);
    startTransition(async () => {
      const result = await setAvailability({ available: next }).catch(() => null);
      if (result?.ok) return;
      setAvailable(!next);
      setError(result && !result.ok && result.formError ? result.formError : FAILED);
    });
  }

  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={available}
        aria-busy={pending || undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onClick={toggle}
        className="inline-flex min-h-11 items-center gap-3 self-start rounded-full border-2 border-brand bg-white py-1 pr-4 pl-1 text-lg font-bold"
      >
        <span aria-hidden className={`relative inline-block h-8 w-14 shrink-0 rounded-full transition-colors ${available ? 'bg-success' : 'bg-gray-500'}`}>
          <span className={`absolute top-1 h-6 w-6 rounded-full bg-white shadow transition-all ${available ? 'left-7' : 'left-1'}`} />
        </span>
        <span data-testid="availability-switch-label">{available ? 'Disponible' : 'Indisponible'}</span>
      </button>
      <p id={hintId} className="text-sm text-muted">
        {available
          ? 'Touchez pour vous déclarer indisponible : vous n’apparaîtrez plus dans aucune recherche.'
          : 'Touchez pour vous déclarer disponible : les établissements pourront à nouveau vous trouver.'}
      </p>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
