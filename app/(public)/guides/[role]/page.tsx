import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/support/print-button';
import { SupportEmailLink } from '@/components/support/support-email-link';
import { supportEmail } from '@/lib/env';
import { findGuide } from '../_content';

type Params = Promise<{ role: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const guide = findGuide((await params).role);
  return { title: guide?.title ?? 'Page introuvable' };
}

/**
 * A printable guide (SPEC §15): the header, footer and buttons are hidden in print (print: classes),
 * each section after the first starts a new page, and the support address is part of the guide itself.
 */
export default async function GuidePage({ params }: { params: Params }) {
  const guide = findGuide((await params).role);
  if (!guide) notFound();
  return (
    <article className="max-w-3xl space-y-6 print:max-w-none">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm print:hidden">
            <Link href="/guides" className="text-brand underline">Tous les guides</Link>
          </p>
          <h1 className="text-2xl font-bold sm:text-3xl">{guide.title}</h1>
          <p className="mt-2 text-muted">{guide.audience}</p>
        </div>
        <PrintButton />
      </div>
      <nav aria-labelledby="sommaire" className="rounded-lg bg-white p-6 print:hidden">
        <h2 id="sommaire" className="text-lg font-bold">Sommaire</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {guide.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="text-brand underline">{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {guide.sections.map((section, index) => (
        <section
          key={section.id}
          id={section.id}
          aria-labelledby={`${section.id}-titre`}
          className={`rounded-lg bg-white p-6 print:p-0 ${index > 0 ? 'print:break-before-page' : ''}`}
        >
          <h2 id={`${section.id}-titre`} className="text-xl font-bold">
            {index + 1}. {section.title}
          </h2>
          <ol className="mt-3 list-decimal space-y-2 pl-6">
            {section.steps.map((step) => <li key={step}>{step}</li>)}
          </ol>
        </section>
      ))}
      <p className="rounded-lg bg-white p-6 print:p-0">
        Besoin d’aide ? Écrivez au support : <SupportEmailLink email={supportEmail()} /> — ou consultez la page{' '}
        <Link href="/aide" className="text-brand underline">Aide</Link> de la plateforme.
      </p>
    </article>
  );
}
