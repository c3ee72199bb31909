'use client';

import { useState } from 'react';
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
}

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
  const [deferred] = useState(() =>
    deferredResolver(() =>
      Promise.all([import('@hookform/resolvers/zod'), loadSchema()]).then(([{ zodResolver }, schema]) => zodResolver<Input, Context, Output>(schema)),
    ),
  );
  return deferred;
}

function deferredResolver<Input extends FieldValues, Context, Output>(
  load: () => Promise<Resolver<Input, Context, Output>>,
): DeferredResolver<Input, Context, Output> {
  let settle: (resolver: Resolver<Input, Context, Output>) => void = () => undefined;
  const loaded = new Promise<Resolver<Input, Context, Output>>((resolve) => (settle = resolve));
  let started = false;
  function start() {
    if (started) return;
    started = true;
    // A failed download (connection lost) is tried again at the next interaction; meanwhile validation
    // waits rather than failing, so the user sees no error that is not theirs.
    load().then(settle, () => (started = false));
  }
  return {
    resolver: async (values, context, options) => (await loaded)(values, context, options),
    startOn: { onFocus: start, onPointerDown: start, onKeyDown: start, onChange: start, onBlur: start, onSubmitCapture: start },
  };
}
