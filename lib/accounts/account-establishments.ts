import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { establishmentScope } from '@/lib/access/scope';
import { writeAudit } from '@/lib/audit';
import { DomainError, NotFoundError } from '@/lib/errors';
import { establishmentsByFiness } from '@/lib/accounts/establishments-in-scope';
import { actOnAccount } from '@/lib/accounts/locks';
import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';
import { detachRefusal, isEstablishmentBound } from '@/lib/accounts/rules';
import type { AttachEstablishmentInput, DetachEstablishmentInput } from '@/lib/accounts/schemas';

// « Rattacher à un établissement » / « Détacher » (SPEC §15), for establishment and RPPS+ accounts:
// the establishment must be in the actor's scope, and an account never ends with none. The account's
// row is locked first, so that two detachments at once cannot both see a second establishment.

export function attachEstablishment(actor: Actor, { userId, finess }: AttachEstablishmentInput): Promise<{ establishmentName: string }> {
  return actOnAccount(actor, userId, async (tx, administrator, account) => {
    if (!isEstablishmentBound(account.role)) throw new DomainError(ACCOUNT_MESSAGES.notEstablishmentAccount, 'finess');
    const [establishment] = await establishmentsByFiness(tx, administrator, [finess]);
    const { count } = await tx.establishmentMembership.createMany({ data: [{ userId: account.id, establishmentId: establishment!.id }], skipDuplicates: true });
    if (count === 0) throw new DomainError(ACCOUNT_MESSAGES.alreadyAttached, 'finess');
    await writeAudit(tx, {
      actorId: administrator.id,
      action: 'account.establishment-attach',
      entityType: 'User',
      entityId: account.id,
      details: { establishmentId: establishment!.id, finess: establishment!.finess },
    });
    return { establishmentName: establishment!.name };
  });
}

export function detachEstablishment(actor: Actor, { userId, establishmentId }: DetachEstablishmentInput): Promise<{ establishmentName: string }> {
  return actOnAccount(actor, userId, async (tx, administrator, account) => {
    // The establishment must be one of the actor's and one of the account's: otherwise « not found ».
    const membership = await tx.establishmentMembership.findFirst({
      where: { userId: account.id, establishmentId, establishment: establishmentScope(administrator) },
      select: { establishment: { select: { name: true, finess: true } } },
    });
    if (!membership) throw new NotFoundError('membership');
    const refusal = detachRefusal(await tx.establishmentMembership.count({ where: { userId: account.id } }));
    if (refusal) throw new DomainError(refusal);
    await tx.establishmentMembership.delete({ where: { userId_establishmentId: { userId: account.id, establishmentId } } });
    await writeAudit(tx, {
      actorId: administrator.id,
      action: 'account.establishment-detach',
      entityType: 'User',
      entityId: account.id,
      details: { establishmentId, finess: membership.establishment.finess },
    });
    return { establishmentName: membership.establishment.name };
  });
}
