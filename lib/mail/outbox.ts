import type { PrismaClient, TransactionClient } from '@/lib/db';
import { renderEmail, type EmailTemplateName, type EmailTemplateProps } from './templates';

export interface EnqueueEmailInput<Name extends EmailTemplateName> {
  to: string;
  template: Name;
  props: EmailTemplateProps<Name>;
}

export interface EnqueuedEmail {
  id: string;
  to: string;
  subject: string;
}

/**
 * Renders an email and writes it to the outbox with the caller's client. Pass the transaction that
 * makes the change the email talks about: both commit together, or neither does (SPEC §9). The
 * dispatcher delivers it afterwards.
 */
export async function enqueueEmail<Name extends EmailTemplateName>(
  db: TransactionClient | PrismaClient,
  { to, template, props }: EnqueueEmailInput<Name>,
): Promise<EnqueuedEmail> {
  // Rendered now, not at delivery: the email says what was true when the change committed.
  const { subject, html, text } = await renderEmail(template, props);
  return db.emailOutbox.create({
    data: { to: normalizeAddress(to), subject, html, text, template },
    select: { id: true, to: true, subject: true },
  });
}

/** Addresses are case-insensitive (one email = one account): stored and searched lower-case. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}
