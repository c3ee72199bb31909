import 'server-only';
import type { TransactionClient } from '@/lib/db';
import { writeAudit } from '@/lib/audit';
import type { CertifiedIdentity } from '@/lib/federation/claims';
import type { FederationErrorCode } from '@/lib/federation/messages';

// Linking an identity to an account: the one write every path shares (first sign-in by RPPS number or
// email, the password confirmed, the pre-filled sign-up), audited in the same transaction.

export type LinkResult = { ok: true } | { ok: false; code: FederationErrorCode };

export async function linkIdentity(
  db: TransactionClient,
  userId: string,
  identity: CertifiedIdentity,
  audit: { actorId: string; via: 'rpps' | 'email' | 'password' | 'sign-up' },
  now = new Date(),
): Promise<LinkResult> {
  const existing = await db.federatedIdentity.findUnique({ where: { userId_provider: { userId, provider: identity.provider } }, select: { subject: true } });
  if (existing) return existing.subject === identity.subject ? { ok: true } : { ok: false, code: 'ALREADY_LINKED' };
  if (identity.rppsNumber) {
    const holder = await db.federatedIdentity.findFirst({ where: { provider: 'PRO_SANTE_CONNECT', rppsNumber: identity.rppsNumber }, select: { id: true } });
    if (holder) return { ok: false, code: 'RPPS_TAKEN' };
  }
  // A race with another first sign-in of the same number or subject ends on the unique indexes
  // (federated_identities_one_account_per_rpps, provider + subject): the caller's transaction fails.
  await db.federatedIdentity.create({
    data: { userId, provider: identity.provider, subject: identity.subject, rppsNumber: identity.rppsNumber, linkedAt: now, lastUsedAt: now },
  });
  await writeAudit(db, {
    actorId: audit.actorId,
    action: 'identity.link',
    entityType: 'User',
    entityId: userId,
    details: { provider: identity.provider, via: audit.via },
  });
  return { ok: true };
}
