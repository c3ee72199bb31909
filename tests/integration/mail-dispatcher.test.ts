/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { disconnectPrisma, prisma } from '@/lib/db';
import { dispatchPendingEmails } from '@/lib/mail/dispatcher';
import { enqueueEmail } from '@/lib/mail/outbox';
import { MAX_ATTEMPTS } from '@/lib/mail/retry-policy';
import { outboxOnlySender, type EmailSender, type OutgoingEmail } from '@/lib/mail/senders';

const domain = `${randomUUID().slice(0, 8)}.dispatch.mail-test.invalid`;
const MINUTE = 60_000;
// Rows of this suite become due a day from now, and the suite dispatches "in the future": a real-time
// dispatcher run by another suite on the same database never takes them.
const DUE = Date.now() + 24 * 60 * MINUTE;
const dueNow = () => new Date(DUE + 1000);

afterAll(async () => {
  await prisma.emailOutbox.deleteMany({ where: { to: { endsWith: `@${domain}` } } });
  await disconnectPrisma();
});

async function queue(count = 1): Promise<string[]> {
  // One transaction: the rows are never visible as due now.
  return prisma.$transaction(async (tx) => {
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const { id } = await enqueueEmail(tx, {
        to: `person-${index}-${randomUUID().slice(0, 6)}@${domain}`,
        template: 'account-request-refused',
        props: { firstName: 'Alice', reason: `Motif ${index}` },
      });
      ids.push(id);
    }
    await tx.emailOutbox.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: new Date(DUE) } });
    return ids;
  });
}

function recordingSender(options: { fail?: boolean; delayMs?: number } = {}): EmailSender & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    async send(email) {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (options.fail) throw new Error('provider down (503)');
      sent.push(email);
      return { id: `provider-${email.idempotencyKey}` };
    },
  };
}

describe('dispatchPendingEmails', () => {
  it('sends a due email and marks it SENT with the provider id', async () => {
    const [id] = await queue();
    const sender = recordingSender();
    const now = dueNow();
    const result = await dispatchPendingEmails({ sender, now, onlyIds: [id] });

    expect(result).toEqual({ claimed: 1, sent: 1, retried: 0, dead: 0 });
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'SENT', providerId: `provider-${id}`, attempts: 1, sentAt: now });
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0]).toEqual({
      to: row.to,
      subject: "Votre demande de compte n'a pas été retenue",
      html: row.html,
      text: row.text,
      from: 'Renfort RH Crise <ne-pas-repondre@renfort-rh-crise.fr>',
      idempotencyKey: id,
    });
    // Sent once: a second run finds nothing to do.
    expect(await dispatchPendingEmails({ sender, now, onlyIds: [id] })).toEqual({ claimed: 0, sent: 0, retried: 0, dead: 0 });
    expect(sender.sent).toHaveLength(1);
  });

  it('does not send an email before its next attempt time', async () => {
    const [id] = await queue();
    await prisma.emailOutbox.update({ where: { id }, data: { nextAttemptAt: new Date(DUE + 10 * MINUTE) } });
    const sender = recordingSender();
    expect((await dispatchPendingEmails({ sender, now: dueNow(), onlyIds: [id] })).claimed).toBe(0);
    expect(sender.sent).toHaveLength(0);
  });

  it('retries with exponential backoff, capped at one hour, then marks the email DEAD', async () => {
    const [id] = await queue();
    const failing = recordingSender({ fail: true });
    let now = dueNow();
    const delays: number[] = [];

    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      expect(await dispatchPendingEmails({ sender: failing, now, onlyIds: [id] })).toEqual({ claimed: 1, sent: 0, retried: 1, dead: 0 });
      const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: 'PENDING', attempts: attempt, lastError: 'provider down (503)', providerId: null });
      delays.push((row.nextAttemptAt.getTime() - now.getTime()) / MINUTE);
      // Not due one second before the scheduled time…
      const early = new Date(row.nextAttemptAt.getTime() - 1000);
      expect((await dispatchPendingEmails({ sender: failing, now: early, onlyIds: [id] })).claimed).toBe(0);
      // …due at it.
      now = row.nextAttemptAt;
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);

    expect(await dispatchPendingEmails({ sender: failing, now, onlyIds: [id] })).toEqual({ claimed: 1, sent: 0, retried: 0, dead: 1 });
    const dead = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(dead).toMatchObject({ status: 'DEAD', attempts: MAX_ATTEMPTS, lastError: 'provider down (503)' });
    // A dead email is kept (nothing is lost) but never picked up again.
    const later = new Date(now.getTime() + 24 * 60 * MINUTE);
    expect((await dispatchPendingEmails({ sender: recordingSender(), now: later, onlyIds: [id] })).claimed).toBe(0);
  });

  it('loses nothing when the provider fails: the same email goes out once it is back', async () => {
    const [id] = await queue();
    const before = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    const now = dueNow();
    await dispatchPendingEmails({ sender: recordingSender({ fail: true }), now, onlyIds: [id] });

    const working = recordingSender();
    const retryAt = new Date(now.getTime() + MINUTE);
    expect(await dispatchPendingEmails({ sender: working, now: retryAt, onlyIds: [id] })).toMatchObject({ sent: 1 });
    expect(working.sent[0]).toMatchObject({ to: before.to, subject: before.subject, html: before.html, text: before.text });
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('honours a smaller maxAttempts', async () => {
    const [id] = await queue();
    const now = dueNow();
    await dispatchPendingEmails({ sender: recordingSender({ fail: true }), now, onlyIds: [id], maxAttempts: 2 });
    const second = await dispatchPendingEmails({ sender: recordingSender({ fail: true }), now: new Date(now.getTime() + MINUTE), onlyIds: [id], maxAttempts: 2 });
    expect(second).toEqual({ claimed: 1, sent: 0, retried: 0, dead: 1 });
  });

  it('with the outbox-only sender, marks emails SENT with providerId "outbox"', async () => {
    const [id] = await queue();
    await dispatchPendingEmails({ sender: outboxOnlySender, onlyIds: [id], now: dueNow() });
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', providerId: 'outbox' });
  });

  it('respects the batch size', async () => {
    const ids = await queue(5);
    const sender = recordingSender();
    const now = dueNow();
    expect((await dispatchPendingEmails({ sender, now, onlyIds: ids, batchSize: 2 })).sent).toBe(2);
    expect((await dispatchPendingEmails({ sender, now, onlyIds: ids, batchSize: 2 })).sent).toBe(2);
    expect((await dispatchPendingEmails({ sender, now, onlyIds: ids, batchSize: 2 })).sent).toBe(1);
    expect(new Set(sender.sent.map((email) => email.idempotencyKey))).toEqual(new Set(ids));
  });
});

describe('concurrent dispatchers (several app servers)', () => {
  it('never send the same email twice when they race for the same rows', async () => {
    const ids = await queue(12);
    const now = dueNow();
    // Eight dispatchers start at the same instant, each able to take every row.
    const senders = Array.from({ length: 8 }, () => recordingSender({ delayMs: 5 }));
    const results = await Promise.all(senders.map((sender) => dispatchPendingEmails({ sender, now, onlyIds: ids, batchSize: 12 })));

    const sentIds = senders.flatMap((sender) => sender.sent.map((email) => email.idempotencyKey));
    expect(sentIds).toHaveLength(12);
    expect(new Set(sentIds)).toEqual(new Set(ids));
    expect(results.reduce((total, result) => total + result.claimed, 0)).toBe(12);
    const rows = await prisma.emailOutbox.findMany({ where: { id: { in: ids } } });
    expect(rows.every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
  });

  it('share a backlog between them while draining it', async () => {
    const ids = await queue(30);
    const now = dueNow();
    const senders = [recordingSender({ delayMs: 3 }), recordingSender({ delayMs: 3 })];
    await Promise.all(
      senders.map(async (sender) => {
        while ((await dispatchPendingEmails({ sender, now, onlyIds: ids, batchSize: 4 })).claimed > 0) {
          // keep draining
        }
      }),
    );
    const sentIds = senders.flatMap((sender) => sender.sent.map((email) => email.idempotencyKey));
    expect(sentIds).toHaveLength(30);
    expect(new Set(sentIds).size).toBe(30);
  });
});
