import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { senderFromEnv, type EmailSender } from './senders';
import { MAX_ATTEMPTS, describeError, retryDelayMs } from './retry-policy';

export interface DispatchOptions {
  sender?: EmailSender;
  /** The clock, injectable so tests can travel through the backoff. */
  now?: Date;
  batchSize?: number;
  maxAttempts?: number;
  /**
   * How long a claimed email is hidden from other dispatchers while it is being sent. If this process
   * dies mid-send, the email becomes due again after the lease (and the idempotency key stops the
   * provider from sending it twice).
   */
  leaseMs?: number;
  /** Limits the run to these outbox ids (send-now after a commit, isolated tests). */
  onlyIds?: string[];
  from?: string;
}

export interface DispatchResult {
  claimed: number;
  sent: number;
  /** Failed, scheduled for another attempt. */
  retried: number;
  /** Failed for the last time. */
  dead: number;
}

interface ClaimedEmail {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attempts: number;
}

const DEFAULT_BATCH_SIZE = 20;
const DEFAULT_LEASE_MS = 5 * 60_000;
// Below the lease, so a hung provider call turns into a retry before another server may take over.
const SEND_TIMEOUT_MS = 30_000;

/**
 * Delivers due PENDING emails. Safe with several app servers: rows are claimed with one atomic
 * UPDATE … FOR UPDATE SKIP LOCKED that also pushes their due date past a lease, so a row is sent by
 * one dispatcher only; the provider call then happens outside any transaction.
 */
export async function dispatchPendingEmails(options: DispatchOptions = {}): Promise<DispatchResult> {
  const now = options.now ?? new Date();
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const result: DispatchResult = { claimed: 0, sent: 0, retried: 0, dead: 0 };
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS));
  const claimed = await claimDueEmails(now, leaseUntil, options.batchSize ?? DEFAULT_BATCH_SIZE, options.onlyIds);
  result.claimed = claimed.length;
  if (claimed.length === 0) return result;

  const sender = options.sender ?? senderFromEnv();
  const from = options.from ?? env().MAIL_FROM;
  for (const email of claimed) {
    const outcome = await deliver(sender, from, email);
    const at = options.now ?? new Date();
    if (outcome.ok) {
      await markSent(email, outcome.providerId, at);
      result.sent += 1;
    } else if (email.attempts >= maxAttempts) {
      await markDead(email, outcome.error);
      result.dead += 1;
    } else {
      await scheduleRetry(email, outcome.error, new Date(at.getTime() + retryDelayMs(email.attempts)));
      result.retried += 1;
    }
  }
  return result;
}

// `attempts` counts attempts started, so an email whose sending crashes the process still ends up DEAD.
async function claimDueEmails(now: Date, leaseUntil: Date, batchSize: number, onlyIds?: string[]): Promise<ClaimedEmail[]> {
  if (onlyIds && onlyIds.length === 0) return [];
  const idFilter = onlyIds ? Prisma.sql`AND id IN (${Prisma.join(onlyIds)})` : Prisma.empty;
  return prisma.$queryRaw<ClaimedEmail[]>`
    UPDATE email_outbox
       SET attempts = attempts + 1, next_attempt_at = ${leaseUntil}::timestamptz
     WHERE id IN (
       SELECT id FROM email_outbox
        WHERE status = 'PENDING' AND next_attempt_at <= ${now}::timestamptz ${idFilter}
        ORDER BY next_attempt_at, created_at
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, html, text, attempts`;
}

type DeliveryOutcome = { ok: true; providerId: string } | { ok: false; error: string };

async function deliver(sender: EmailSender, from: string, email: ClaimedEmail): Promise<DeliveryOutcome> {
  try {
    const { to, subject, html, text, id } = email;
    const { id: providerId } = await withTimeout(sender.send({ to, subject, html, text, from, idempotencyKey: id }), SEND_TIMEOUT_MS);
    return { ok: true, providerId };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

// Each update is conditioned on the claim (same attempt number, still PENDING): a dispatcher whose
// lease expired cannot overwrite the outcome of the one that took over.
function claimWhere(email: ClaimedEmail) {
  return { id: email.id, status: 'PENDING' as const, attempts: email.attempts };
}

async function markSent(email: ClaimedEmail, providerId: string, at: Date): Promise<void> {
  await prisma.emailOutbox.updateMany({ where: claimWhere(email), data: { status: 'SENT', providerId, sentAt: at } });
}

async function markDead(email: ClaimedEmail, error: string): Promise<void> {
  await prisma.emailOutbox.updateMany({ where: claimWhere(email), data: { status: 'DEAD', lastError: error } });
}

async function scheduleRetry(email: ClaimedEmail, error: string, nextAttemptAt: Date): Promise<void> {
  await prisma.emailOutbox.updateMany({ where: claimWhere(email), data: { lastError: error, nextAttemptAt } });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Provider did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
