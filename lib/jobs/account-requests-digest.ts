import 'server-only';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';

// SPEC §15: an ARS agent gets at most one email an hour listing the new account requests of their
// region — those received since their last such email and still undecided. Nothing new, nothing sent
// (and the hour does not restart). Safe on several servers: the agent's row is claimed by a conditional
// update on users.account_requests_notified_at, so of two concurrent runs only one queues the email.

export const DIGEST_INTERVAL_MS = 60 * 60 * 1000;
/** Requests listed by name; the email counts the rest. */
const LISTED = 20;

/** Sends the digests due; returns how many emails were queued. */
export async function sendAccountRequestDigests(now = new Date()): Promise<number> {
  const due = new Date(now.getTime() - DIGEST_INTERVAL_MS);
  // Prisma cannot compare a request's date with its agent's column: one statement finds who has news.
  const agents = await prisma.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM users u
    WHERE u.role = 'ARS' AND u.status = 'ACTIVE' AND u.notify_account_requests
      AND (u.account_requests_notified_at IS NULL OR u.account_requests_notified_at <= ${due})
      AND EXISTS (
        SELECT 1 FROM account_requests r
        WHERE r.region_code = u.region_code AND r.status = 'PENDING' AND r.created_at <= ${now}
          AND (u.account_requests_notified_at IS NULL OR r.created_at > u.account_requests_notified_at))`;
  let sent = 0;
  for (const agent of agents) if (await sendDigestTo(agent.id, now)) sent += 1;
  return sent;
}

async function sendDigestTo(userId: string, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const agent = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, firstName: true, regionCode: true, status: true, notifyAccountRequests: true, accountRequestsNotifiedAt: true },
    });
    if (!agent?.regionCode || agent.status !== 'ACTIVE' || !agent.notifyAccountRequests) return false;
    const previous = agent.accountRequestsNotifiedAt;
    if (previous && previous.getTime() > now.getTime() - DIGEST_INTERVAL_MS) return false;

    const where = { regionCode: agent.regionCode, status: 'PENDING' as const, createdAt: { lte: now, ...(previous ? { gt: previous } : {}) } };
    const [requests, total] = await Promise.all([
      tx.accountRequest.findMany({ where, select: { establishmentName: true, city: true, createdAt: true }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: LISTED }),
      tx.accountRequest.count({ where }),
    ]);
    if (total === 0) return false;

    // The claim: only the run that still sees the value it read moves it. A concurrent run waits on the
    // row lock, then finds the new value and updates nothing.
    const claimed = await tx.user.updateMany({ where: { id: userId, accountRequestsNotifiedAt: previous }, data: { accountRequestsNotifiedAt: now } });
    if (claimed.count !== 1) return false;
    await enqueueEmail(tx, {
      to: agent.email,
      template: 'account-requests-digest',
      props: {
        firstName: agent.firstName,
        requests: requests.map((request) => ({ establishmentName: request.establishmentName, city: request.city, receivedAt: request.createdAt })),
        total,
        requestsUrl: `${appUrl()}/ars/demandes`,
      },
    });
    return true;
  });
}
