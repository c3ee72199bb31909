import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { TextField } from '@/components/ui/text-field';
import { devMailboxEnabled } from '@/lib/env';
import { listMailbox } from '@/lib/mail/mailbox';
import { MailboxEmailCard } from './_components/mailbox-email';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Boîte mail de développement',
  robots: { index: false, follow: false },
};

// The JSON endpoint returns everything; the page keeps the latest ones so it stays readable.
const PAGE_LIMIT = 100;

interface DevMailboxPageProps {
  searchParams: Promise<{ to?: string | string[] }>;
}

export default async function DevMailboxPage({ searchParams }: DevMailboxPageProps) {
  if (!devMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const recipient = typeof to === 'string' ? to.trim() : '';
  const emails = await listMailbox({ to: recipient || undefined, limit: PAGE_LIMIT });

  return (
    <div className="space-y-6">
      <PageTitle lead="Les emails écrits par l'application, les plus récents en premier. Cette page n'existe pas en production.">
        Boîte mail de développement
      </PageTitle>
      <form method="get" role="search" aria-label="Filtrer les emails" className="flex flex-wrap items-end gap-3">
        <TextField label="Destinataire" name="to" id="to" type="email" defaultValue={recipient} className="min-w-64 flex-1" />
        <Button type="submit">Filtrer</Button>
        {recipient ? (
          <a href="/dev/mailbox" className="inline-flex min-h-11 items-center text-brand underline">
            Afficher tous les emails
          </a>
        ) : null}
      </form>
      <p role="status">{summary(emails.length, recipient)}</p>
      {emails.length > 0 ? (
        <ol className="space-y-6" aria-label="Emails">
          {emails.map((email) => (
            <li key={email.id}>
              <MailboxEmailCard email={email} />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function summary(count: number, recipient: string): string {
  const scope = recipient ? ` pour ${recipient}` : '';
  if (count === 0) return `Aucun email${scope}.`;
  const shown = count >= PAGE_LIMIT ? `Les ${PAGE_LIMIT} derniers emails` : `${count} email${count > 1 ? 's' : ''}`;
  return `${shown}${scope}.`;
}
