import type { EmailStatus } from '@/lib/generated/prisma/enums';
import type { MailboxEmail } from '@/lib/mail/mailbox';

const STATUS_LABELS: Record<EmailStatus, string> = {
  PENDING: "En attente d'envoi",
  SENT: 'Envoyé',
  DEAD: 'Échec définitif',
};

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' });

/** One email: metadata, its HTML in a sandboxed frame (no script, no navigation), its text and links. */
export function MailboxEmailCard({ email }: { email: MailboxEmail }) {
  const headingId = `email-${email.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded border border-gray-300 bg-white p-4">
      <h2 id={headingId} className="text-xl font-bold">
        {email.subject}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Destinataire</dt>
        <dd className="break-all">{email.to}</dd>
        <dt className="font-medium">Date</dt>
        <dd>
          <time dateTime={email.createdAt.toISOString()}>{dateFormat.format(email.createdAt)}</time>
        </dd>
        <dt className="font-medium">Statut</dt>
        <dd>{STATUS_LABELS[email.status]}</dd>
      </dl>
      {email.links.length > 0 ? (
        <div>
          <h3 className="font-medium">Liens</h3>
          <ul className="list-disc pl-6">
            {email.links.map((link) => (
              <li key={link}>
                <a href={link} className="break-all text-brand underline">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <iframe
        title={`Aperçu HTML de l'email « ${email.subject} »`}
        srcDoc={email.html}
        sandbox=""
        className="h-[32rem] w-full border border-gray-300"
      />
      <details>
        <summary className="cursor-pointer font-medium">Version texte</summary>
        <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{email.text}</pre>
      </details>
    </article>
  );
}
