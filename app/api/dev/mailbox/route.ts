import { devMailboxEnabled } from '@/lib/env';
import { listMailbox } from '@/lib/mail/mailbox';

export const dynamic = 'force-dynamic';

/**
 * The outbox as JSON, newest first, for tests that drive the app from outside (SPEC §13):
 * `GET /api/dev/mailbox?to=EMAIL`. Read-only. 404 in production unless MAIL_TRANSPORT=outbox.
 */
export async function GET(request: Request): Promise<Response> {
  if (!devMailboxEnabled()) return new Response('Not Found', { status: 404 });
  const to = new URL(request.url).searchParams.get('to') ?? undefined;
  const emails = await listMailbox({ to });
  const body = emails.map(({ id, to: recipient, subject, text, html, links, createdAt, status }) => ({
    id,
    to: recipient,
    subject,
    text,
    html,
    links,
    createdAt: createdAt.toISOString(),
    status,
  }));
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
}
