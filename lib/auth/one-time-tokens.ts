import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { TransactionClient } from '@/lib/db';
import type { TokenPurpose } from '@/lib/generated/prisma/enums';

// Activation and reset links (SPEC §4, §14): 256 random bits, only their SHA-256 stored, single use,
// valid 72 hours (the check-in links 7 days, SPEC §5.2), and a new link cancels the older ones of the
// same purpose.

export const TOKEN_VALIDITY_MS = 72 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueToken(
  tx: TransactionClient,
  userId: string,
  purpose: TokenPurpose,
  now = new Date(),
  validityMs = TOKEN_VALIDITY_MS,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.oneTimeToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.oneTimeToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + validityMs) },
  });
  return token;
}

export type TokenState = 'valid' | 'used' | 'expired' | 'unknown';

export interface TokenLookup {
  state: TokenState;
  userId?: string;
  purpose?: TokenPurpose;
}

/** `purposes`: the links the caller serves; a link of another purpose reads as unknown (never used across flows). */
export async function inspectToken(tx: TransactionClient, token: string, now = new Date(), purposes?: readonly TokenPurpose[]): Promise<TokenLookup> {
  const row = await tx.oneTimeToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || (purposes && !purposes.includes(row.purpose))) return { state: 'unknown' };
  const state: TokenState = row.usedAt ? 'used' : row.expiresAt <= now ? 'expired' : 'valid';
  return { state, userId: row.userId, purpose: row.purpose };
}

/**
 * Marks the token used and returns its user, or null when it is unknown, used or expired. The
 * conditional update makes two simultaneous uses of one link impossible: only one row update wins.
 */
export async function consumeToken(
  tx: TransactionClient,
  token: string,
  now = new Date(),
  purposes?: readonly TokenPurpose[],
): Promise<{ userId: string; purpose: TokenPurpose } | null> {
  const tokenHash = hashToken(token);
  const { count } = await tx.oneTimeToken.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now }, ...(purposes ? { purpose: { in: [...purposes] } } : {}) },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  const row = await tx.oneTimeToken.findUniqueOrThrow({ where: { tokenHash } });
  return { userId: row.userId, purpose: row.purpose };
}
