import 'server-only';
import { z } from '@/lib/validation/zod';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import type { Role } from '@/lib/generated/prisma/enums';
import { DomainError, NotFoundError } from '@/lib/errors';
import { GENERIC_ERROR, NOT_FOUND_ERROR, type ActionResult } from '@/lib/actions/result';
import { zodFieldErrors } from '@/lib/actions/zod-errors';
import { uniqueViolationField } from '@/lib/actions/prisma-errors';

// The one wrapper of every server action (STYLE.md convention 1): parse with zod → authorize → domain
// function → result. Each action checks the caller by itself: a request without an Origin header, or
// one that skipped middleware.ts, meets the same checks (SPEC §14).

type Access = { roles: readonly Role[] } | { public: true };

export function action<Schema extends z.ZodType, Output>(
  options: { schema: Schema } & Access,
  run: (input: z.output<Schema>, actor: Actor) => Promise<Output>,
): (input: z.input<Schema>) => Promise<ActionResult<Output>>;
export function action<Schema extends z.ZodType, Output>(
  options: { schema: Schema; public: true },
  run: (input: z.output<Schema>, actor: Actor | null) => Promise<Output>,
): (input: z.input<Schema>) => Promise<ActionResult<Output>>;
export function action<Schema extends z.ZodType, Output>(
  options: { schema: Schema } & Access,
  run: (input: z.output<Schema>, actor: Actor) => Promise<Output>,
) {
  return async (input: z.input<Schema>): Promise<ActionResult<Output>> => {
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };

    const actor = await getActor();
    if (!('public' in options)) {
      if (!actor || !options.roles.includes(actor.role)) return { ok: false, formError: NOT_FOUND_ERROR };
    }
    try {
      return { ok: true, data: await run(parsed.data, actor as Actor) };
    } catch (error) {
      return toFailure(error);
    }
  };
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
