import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-8 border-t border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm text-muted sm:px-6">
        <span>Renfort RH Crise — Ministère de la Santé</span>
        <Link href="/guides" className="underline">Guides d&apos;utilisation</Link>
        <Link href="/mentions-legales" className="underline">Mentions légales et données personnelles</Link>
      </div>
    </footer>
  );
}
