import 'server-only';
import { randomBytes } from 'node:crypto';
import type { PrismaClient, TransactionClient } from '@/lib/db';
import { hashToken } from '@/lib/auth/one-time-tokens';
import type { FederationIntentPurpose } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { storedIdentity, type CertifiedIdentity } from '@/lib/federation/claims';

// The step between a first federated sign-in and its end (docs/decisions/038): the browser carries a
// random token (256 bits, only its SHA-256 stored) to the password confirmation or to the pre-filled
// sign-up; the intent holds what the provider certified, so that nothing certified comes from the browser.

/**
 * How long each step stays open (docs/decisions/038). Confirming a password is one field: 15 minutes.
 * The pre-filled sign-up is the long form of SPEC §5.1 — periods, two uploads, often on a phone, often
 * interrupted — so 4 hours; past that, the sign-up is still kept, as an ordinary one
 * (lib/federation/sign-up.ts).
 */
export const INTENT_VALIDITY_MS: Record<FederationIntentPurpose, number> = {
  LINK_WITH_PASSWORD: 15 * 60 * 1000,
  SIGN_UP: 4 * 60 * 60 * 1000,
};

export interface FederationIntent {
  id: string;
  purpose: FederationIntentPurpose;
  userId: string | null;
  identity: CertifiedIdentity;
}

export async function createIntent(
  db: PrismaClient | TransactionClient,
  purpose: FederationIntentPurpose,
  identity: CertifiedIdentity,
  userId: string | null,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  // A later attempt of the same identity replaces the earlier one: one pending step per identity.
  await db.federationIntent.deleteMany({ where: { provider: identity.provider, subject: identity.subject } });
  await db.federationIntent.create({
    data: {
      tokenHash: hashToken(token),
      purpose,
      provider: identity.provider,
      subject: identity.subject,
      userId,
      claims: identity as unknown as Prisma.InputJsonValue,
      expiresAt: new Date(now.getTime() + INTENT_VALIDITY_MS[purpose]),
    },
  });
  return token;
}

/** The intent of this token and purpose, still valid; null otherwise (unknown, used, expired, other purpose). */
export async function findIntent(
  db: PrismaClient | TransactionClient,
  token: string | null | undefined,
  purpose: FederationIntentPurpose,
  now = new Date(),
): Promise<FederationIntent | null> {
  if (!token || token.length > 100) return null;
  const row = await db.federationIntent.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose || row.expiresAt <= now) return null;
  const identity = storedIdentity(row.claims);
  return identity ? { id: row.id, purpose: row.purpose, userId: row.userId, identity } : null;
}

/** Single use: deleted in the transaction that links the identity. */
export async function consumeIntent(db: TransactionClient, intent: FederationIntent): Promise<boolean> {
  const { count } = await db.federationIntent.deleteMany({ where: { id: intent.id } });
  return count === 1;
}

/** Expired intents are forgotten by the retention job's sweep. */
export async function deleteExpiredIntents(db: PrismaClient | TransactionClient, now = new Date()): Promise<number> {
  const { count } = await db.federationIntent.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
