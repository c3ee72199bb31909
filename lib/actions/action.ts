import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from '@/lib/validation/zod';
import type { Actor } from '@/lib/access/actor';
import { AREAS, hasRole } from '@/lib/access/roles';
import { getActor } from '@/lib/auth/session';
import type { Role } from '@/lib/generated/prisma/enums';
import { DomainError, NotFoundError } from '@/lib/errors';
import { GENERIC_ERROR, NOT_FOUND_ERROR, type ActionResult } from '@/lib/actions/result';
import { zodFieldErrors } from '@/lib/actions/zod-errors';
import { uniqueViolationField } from '@/lib/db/refusals';

// The one wrapper of every server action (docs/ARCHITECTURE.md convention 1): authorize → parse with zod → domain
// function → revalidate the actor's area → result. Each action checks the caller by itself: a request
// without an Origin header, or one that skipped middleware.ts, meets the same checks (SPEC §14).
//
// After a success the actor's whole area is revalidated (its layout shows counts, its dashboard every
// list), so the action's response carries the page rendered afresh: the client never refreshes after it.

/**
 * `roles`: who may call it (the sets of lib/access/roles.ts). `revalidate`: false when nothing shown
 * changed or re-rendering the current page would be wrong (a page the action just removed), or a test
 * of the outcome (an import that imported nothing changed nothing).
 */
export type ActionAccess<Output = unknown> = { roles: readonly Role[]; revalidate?: false | ((output: Output) => boolean) } | { public: true };

type Action<Schema extends z.core.$ZodType, Output> = (input: z.input<Schema>) => Promise<ActionResult<Output>>;

/** What each action accepts, for the test that checks app/ against lib/access/roles.ts. */
const ACCESS = new WeakMap<object, ActionAccess>();

export function accessOf(candidate: unknown): ActionAccess | undefined {
  return typeof candidate === 'function' ? ACCESS.get(candidate) : undefined;
}

export function action<Schema extends z.core.$ZodType, Output>(
  options: { schema: Schema; roles: readonly Role[]; revalidate?: false | ((output: Output) => boolean) },
  run: (input: z.output<Schema>, actor: Actor) => Promise<Output>,
): Action<Schema, Output>;
export function action<Schema extends z.core.$ZodType, Output>(
  options: { schema: Schema; public: true },
  run: (input: z.output<Schema>, actor: Actor | null) => Promise<Output>,
): Action<Schema, Output>;
export function action<Schema extends z.core.$ZodType, Output>(
  options: { schema: Schema } & ActionAccess<Output>,
  run: (input: z.output<Schema>, actor: Actor) => Promise<Output>,
): Action<Schema, Output> {
  const wrapped = async (input: z.input<Schema>): Promise<ActionResult<Output>> => {
    // Who asks comes first (SPEC §14): an anonymous or wrong-role call learns nothing, not even field errors.
    const actor = await getActor();
    if (!('public' in options) && !hasRole(actor, options.roles)) return { ok: false, formError: NOT_FOUND_ERROR };

    // zod's own safeParse takes any zod schema, classic or mini (lib/validation/zod-mini.ts).
    const parsed = z.safeParse(options.schema, input);
    if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
    let output: Output;
    try {
      output = await run(parsed.data, actor as Actor);
    } catch (error) {
      return toFailure(error);
    }
    if (actor && !('public' in options) && shouldRevalidate(options.revalidate, output)) revalidatePath(AREAS[actor.role].prefix, 'layout');
    return { ok: true, data: output };
  };
  ACCESS.set(wrapped, 'public' in options ? { public: true } : { roles: options.roles });
  return wrapped;
}

function shouldRevalidate<Output>(revalidate: false | ((output: Output) => boolean) | undefined, output: Output): boolean {
  if (revalidate === undefined) return true;
  return revalidate !== false && revalidate(output);
}

export function toFailure(error: unknown): { ok: false; formError?: string; fieldErrors?: Record<string, string> } {
  if (error instanceof DomainError) {
    return error.field ? { ok: false, fieldErrors: { [error.field]: error.message } } : { ok: false, formError: error.message };
  }
  if (error instanceof NotFoundError) return { ok: false, formError: NOT_FOUND_ERROR };
  const field = uniqueViolationField(error);
  if (field) return { ok: false, fieldErrors: { [field]: 'Cette valeur est déjà utilisée.' } };
  // Logged for the operators; the user gets a calm message and keeps what they typed.
  console.error('[action] unexpected error', error);
  return { ok: false, formError: GENERIC_ERROR };
}
