import 'server-only';
import type { TransactionClient } from '@/lib/db';
import type { OwnRppsChange } from '@/emails/rpps-own-change-filed';
import { supportEmail } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import { maskEmail, phoneEnding } from '@/lib/mail/mask';
import type { RecordChange } from './request-data';
import type { FiledUpdate } from './updates';

// The notice of a professional's own change (docs/decisions/042, update 2026-12-08), queued in the
// transaction that files it: to the record's email as it was before, which is the address being
// replaced when the email changes — the person learns of a change they did not make where they still
// read. Every change the page files gets one (the email, the phone, the practice names): each moves where
// the directory, and the e-CPS, reach the person or what it calls them. Managers' changes send none.

export async function queueOwnChangeNotice(tx: TransactionClient, { record, change, number, filedAt }: FiledUpdate): Promise<void> {
  const notice = noticeOf(change);
  if (!notice) return;
  await enqueueEmail(tx, {
    to: record.email,
    template: 'rpps-own-change-filed',
    props: { firstName: record.practiceFirstName, requestNumber: number, filedAt, change: notice, supportEmail: supportEmail() },
  });
}

function noticeOf(change: RecordChange): OwnRppsChange | null {
  if (change.kind === 'PRACTICE_NAME') return { kind: 'PRACTICE_NAME', practiceName: `${change.after.practiceFirstName} ${change.after.practiceLastName}` };
  if (change.kind !== 'CONTACT') return null;
  const { before, after } = change;
  return {
    kind: 'CONTACT',
    maskedEmail: after.email === before.email ? null : maskEmail(after.email),
    phone: after.mobilePhone === before.mobilePhone ? 'unchanged' : after.mobilePhone ? { ending: phoneEnding(after.mobilePhone) } : 'removed',
  };
}
