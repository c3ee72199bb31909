import 'server-only';
import type { TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { establishmentScope } from '@/lib/access/scope';
import { normaliseFiness } from '@/lib/identifiers/finess';
import { DomainError } from '@/lib/errors';
import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';

/**
 * The establishments of these FINESS numbers within the actor's scope. An unknown number and one of
 * another region get the same message, tied to the form's field: nothing is revealed (SPEC §2).
 */
export async function establishmentsByFiness(tx: TransactionClient, actor: Actor, numbers: string[], field = 'finess'): Promise<{ id: string; name: string; finess: string }[]> {
  const wanted = numbers.map(normaliseFiness);
  const found = await tx.establishment.findMany({
    where: { AND: [{ finess: { in: wanted } }, establishmentScope(actor)] },
    select: { id: true, name: true, finess: true },
  });
  const missing = wanted.find((number) => !found.some((establishment) => establishment.finess === number));
  if (missing) throw new DomainError(`${ACCOUNT_MESSAGES.establishmentUnknown} (${missing})`, field);
  return found.map((establishment) => ({ ...establishment, finess: establishment.finess! }));
}
