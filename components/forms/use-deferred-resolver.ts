'use client';

import { useEffect, useState } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { $ZodType } from 'zod/v4/core';

export interface DeferredResolver<Input extends FieldValues, Context, Output> {
  /** The form's resolver: it validates once the user has started on the form and the schema is here. */
  resolver: Resolver<Input, Context, Output>;
  /** Spread on the <form>: its first focus, tap, keystroke or change fetches the schema (a submit too,
   * for a form sent without any of those, e.g. by an assistive technology's « activate »). */
  startOn: {
    onFocus: () => void;
    onPointerDown: () => void;
    onKeyDown: () => void;
    onChange: () => void;
    onBlur: () => void;
    onSubmitCapture: () => void;
  };
  /** The last download failed (connection lost): the form says so (`SchemaDownloadAlert`) while the hook
   * tries again by itself. */
  unavailable: boolean;
}

// After a failed download: tried again after 2, 4, 8 then every 10 seconds (interactions while offline
// fail too, and should not stretch the wait), at once when the browser says it is back online, and at the
// user's next interaction.
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 10_000;

/**
 * A resolver whose schema is loaded when the user first touches the form, not while the page hydrates.
 * `loadSchema` imports the form's schema module (`() => import('…').then((module) => module.schema)`);
 * zod's resolver comes with it.
 *
 * Why: building a large schema is a long task on a slow phone (the sign-up schema's ~80 zod objects took
 * about 170 ms of a 4× slowed CPU, inside the hydration task; docs/PERFORMANCE.md). An empty form has
 * nothing to validate, and its « Valider » stays disabled until the schema says otherwise — react-hook-form
 * asks the resolver for `isValid` at mount, and that answer simply waits for the first interaction.
 * Every validation (a field left, « Voir les champs à compléter », « Valider ») comes after one.
 */
export function useDeferredResolver<Input extends FieldValues, Context, Output>(
  loadSchema: () => Promise<$ZodType<Output, Input>>,
): DeferredResolver<Input, Context, Output> {
  const [failures, setFailures] = useState(0);
  const [deferred] = useState(() =>
    deferredResolver(
      () => Promise.all([import('@hookform/resolvers/zod'), loadSchema()]).then(([{ zodResolver }, schema]) => zodResolver<Input, Context, Output>(schema)),
      (failed) => setFailures((count) => (failed ? count + 1 : 0)),
    ),
  );
  useEffect(() => {
    if (failures === 0) return;
    const retry = deferred.start;
    const timer = setTimeout(retry, Math.min(RETRY_FIRST_MS * 2 ** (failures - 1), RETRY_MAX_MS));
    window.addEventListener('online', retry);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', retry);
    };
  }, [deferred, failures]);
  return { resolver: deferred.resolver, startOn: deferred.startOn, unavailable: failures > 0 };
}

function deferredResolver<Input extends FieldValues, Context, Output>(
  load: () => Promise<Resolver<Input, Context, Output>>,
  onOutcome: (failed: boolean) => void,
): Omit<DeferredResolver<Input, Context, Output>, 'unavailable'> & { start: () => void } {
  let settle: (resolver: Resolver<Input, Context, Output>) => void = () => undefined;
  const loaded = new Promise<Resolver<Input, Context, Output>>((resolve) => (settle = resolve));
  let started = false;
  function start() {
    if (started) return;
    started = true;
    // A failed download is tried again (see RETRY_FIRST_MS); meanwhile validation waits rather than
    // failing, so nothing typed is lost and no field shows an error that is not the user's.
    load().then(
      (resolver) => {
        settle(resolver);
        onOutcome(false);
      },
      () => {
        started = false;
        onOutcome(true);
      },
    );
  }
  return {
    start,
    resolver: async (values, context, options) => (await loaded)(values, context, options),
    startOn: { onFocus: start, onPointerDown: start, onKeyDown: start, onChange: start, onBlur: start, onSubmitCapture: start },
  };
}
