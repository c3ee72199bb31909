import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { SupportEmailLink } from '@/components/support/support-email-link';
import { TOKEN_VALIDITY_MS } from '@/lib/auth/one-time-tokens';
import { dpoEmail, supportEmail } from '@/lib/env';
import { senderAddress } from '@/lib/legal/sender-address';
import { MAX_UPLOAD_BYTES, UPLOAD_FORMATS } from '@/lib/storage/upload-rules';
import { helpTopics } from './_components/help-topics';

export const metadata: Metadata = { title: 'Aide' };

/** SPEC §15: one page of questions with anchors, so that the support can send a link to one answer. */
export default function HelpPage() {
  const topics = helpTopics({
    supportEmail: supportEmail(),
    dpoEmail: dpoEmail(),
    sender: senderAddress(),
    linkHours: TOKEN_VALIDITY_MS / 3_600_000,
    maxUploadMb: MAX_UPLOAD_BYTES / (1024 * 1024),
    uploadFormats: Object.keys(UPLOAD_FORMATS).map((extension) => extension.toUpperCase()).join(', '),
  });
  return (
    <div className="max-w-3xl space-y-8">
      <PageTitle
        lead={
          <>
            Les réponses aux questions les plus fréquentes. Vous ne trouvez pas ? Écrivez au support :{' '}
            <SupportEmailLink email={supportEmail()} />. Les étapes de chaque profil sont dans les{' '}
            <Link href="/guides" className="text-brand underline">guides d’utilisation</Link>.
          </>
        }
      >
        Aide
      </PageTitle>
      <nav aria-labelledby="aide-sommaire" className="rounded-lg bg-white p-6">
        <h2 id="aide-sommaire" className="text-lg font-bold">Questions</h2>
        <ul className="mt-3 space-y-3">
          {topics.map((topic) => (
            <li key={topic.id}>
              <a href={`#${topic.id}`} className="font-bold text-brand underline">{topic.title}</a>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {topic.questions.map((item) => (
                  <li key={item.id}>
                    <a href={`#${item.id}`} className="text-brand underline">{item.question}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>
      {topics.map((topic) => (
        <section key={topic.id} id={topic.id} aria-labelledby={`${topic.id}-titre`} className="space-y-4 rounded-lg bg-white p-6">
          <h2 id={`${topic.id}-titre`} className="text-xl font-bold">{topic.title}</h2>
          {topic.questions.map((item) => (
            <div key={item.id} id={item.id} className="scroll-mt-4 space-y-2">
              <h3 className="text-lg font-bold">{item.question}</h3>
              {item.answer}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
