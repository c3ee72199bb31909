import { prisma } from '@/lib/db';
import type { EmailStatus } from '@/lib/generated/prisma/client';
import { normalizeAddress } from './outbox';

export interface MailboxEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Every link of the email (deduplicated, in order), so tests can follow activation links. */
  links: string[];
  createdAt: Date;
  status: EmailStatus;
}

export interface MailboxQuery {
  to?: string;
  limit?: number;
}

/**
 * The outbox as a mailbox, newest first (SPEC §13). Pending and failed emails are included: they are
 * what the app wrote, whatever the provider did with them. Callers check `devMailboxEnabled()`.
 */
export async function listMailbox({ to, limit }: MailboxQuery = {}): Promise<MailboxEmail[]> {
  const address = to?.trim() ? normalizeAddress(to) : undefined;
  const rows = await prisma.emailOutbox.findMany({
    where: address ? { to: address } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true, status: true },
  });
  return rows.map((row) => ({ ...row, links: extractLinks(row.html) }));
}

const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

export function extractLinks(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(HREF)) {
    const href = decodeEntities((match[1] ?? match[2] ?? '').trim());
    if (href) links.add(href);
  }
  return [...links];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

// React escapes attribute values (`&` → `&amp;`): undo it so the links are usable as they are.
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isInteger(point) && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
  });
}
