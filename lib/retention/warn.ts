import 'server-only';
import { writeAudit } from '@/lib/audit';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import { anonymisationDate } from '@/lib/retention/policy';
import { volunteersToWarn } from '@/lib/retention/inactive-volunteers';

/**
 * Emails each volunteer inactive for 2 years that their data will be anonymised in 30 days unless they
 * sign in. The flag and the email commit together, and the update is conditional, so two servers running
 * the job send one email per account.
 */
export async function warnInactiveVolunteers(now = new Date()): Promise<number> {
  let warned = 0;
  for (const volunteer of await volunteersToWarn(now)) {
    const sent = await prisma.$transaction(async (tx) => {
      const flagged = await tx.user.updateMany({
        where: {
          id: volunteer.id,
          anonymisedAt: null,
          lastActivityAt: { lte: volunteer.last_activity },
          OR: [{ retentionWarnedAt: null }, { retentionWarnedAt: { lt: volunteer.last_activity } }],
        },
        data: { retentionWarnedAt: now },
      });
      if (flagged.count !== 1) return false;
      await enqueueEmail(tx, {
        to: volunteer.email,
        template: 'retention-warning',
        props: {
          firstName: volunteer.first_name,
          lastActivityAt: volunteer.last_activity,
          anonymisationDate: anonymisationDate(now),
          signInUrl: `${appUrl()}/connexion`,
        },
      });
      // The email itself is erased with the account: the audit row keeps the proof that they were told.
      await writeAudit(tx, { actorId: null, action: 'account.retention_warning', entityType: 'User', entityId: volunteer.id, details: { lastActivityAt: volunteer.last_activity.toISOString() } });
      return true;
    });
    if (sent) warned += 1;
  }
  return warned;
}
