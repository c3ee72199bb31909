import Link from 'next/link';
import { GUIDES } from './guides/_content';

export default function LandingPage() {
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold sm:text-4xl">Renfort RH Crise</h1>
        <p className="max-w-3xl text-lg">
          La plateforme qui met en relation, pendant une crise sanitaire, les professionnels de santé
          volontaires et les établissements qui ont besoin de renfort, sous la régulation des agences
          régionales de santé. Ce n&apos;est pas une plateforme d&apos;intérim ni de recrutement.
        </p>
      </section>
      <nav aria-label="Choisir votre profil" className="grid gap-4 md:grid-cols-2">
        <Link
          href="/acces/etablissement"
          className="block rounded-lg bg-brand p-6 text-xl font-bold text-white shadow hover:bg-brand-dark"
        >
          Je suis une structure sanitaire, sociale ou médico-sociale et j&apos;ai besoin de renfort
        </Link>
        <Link
          href="/acces/professionnel"
          className="block rounded-lg bg-brand p-6 text-xl font-bold text-white shadow hover:bg-brand-dark"
        >
          Je suis un professionnel disponible pour travailler en renfort
        </Link>
      </nav>
      <section aria-labelledby="guides-title" className="rounded-lg bg-white p-6">
        <h2 id="guides-title" className="text-xl font-bold">Guides d&apos;utilisation</h2>
        {/* SPEC §4: a link to each user guide — one per guide of /guides, to its card there (and from it, to print). */}
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {GUIDES.map((guide) => (
            <li key={guide.slug}><Link className="text-brand underline" href={`/guides#${guide.slug}`}>{guide.title}</Link></li>
          ))}
        </ul>
      </section>
    </div>
  );
}
