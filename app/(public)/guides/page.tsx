import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { GUIDES } from './_content';

export const metadata: Metadata = { title: "Guides d'utilisation" };

/** One card per role (the ids keep the landing page's anchors working), each leading to its printable guide. */
export default function GuidesPage() {
  return (
    <div className="max-w-3xl space-y-8">
      <PageTitle
        lead={
          <>
            Les étapes de chaque profil, à lire à l’écran ou à imprimer. Une question précise ? Voir l’
            <Link href="/aide" className="text-brand underline">aide</Link>.
          </>
        }
      >
        Guides d&apos;utilisation
      </PageTitle>
      {GUIDES.map((guide) => (
        <section key={guide.slug} id={guide.slug} aria-labelledby={`${guide.slug}-title`} className="rounded-lg bg-white p-6">
          <h2 id={`${guide.slug}-title`} className="text-xl font-bold">{guide.title}</h2>
          <p className="mt-1 text-muted">{guide.audience}</p>
          <ol className="mt-3 list-decimal space-y-1 pl-6">
            {guide.sections.map((section) => <li key={section.id}>{section.title}</li>)}
          </ol>
          <Link href={`/guides/${guide.slug}`} className="mt-4 inline-block font-bold text-brand underline">
            Lire et imprimer le {guide.title.charAt(0).toLowerCase() + guide.title.slice(1)}
          </Link>
        </section>
      ))}
    </div>
  );
}
