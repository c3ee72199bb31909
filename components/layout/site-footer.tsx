import Link from 'next/link';
import { SupportEmailLink } from '@/components/support/support-email-link';
import { supportEmail } from '@/lib/env';

const FOOTER_LINKS = [
  { href: '/aide', label: 'Aide' },
  { href: '/guides', label: 'Guides' },
  { href: '/mentions-legales', label: 'Mentions légales' },
  { href: '/donnees-personnelles', label: 'Données personnelles' },
] as const;

/** On every page, role areas included (root layout); SPEC §15: the support address and the help and legal pages. Not printed. */
export function SiteFooter() {
  return (
    <footer className="mt-8 border-t border-gray-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 text-sm text-muted sm:px-6">
        <p>
          Une question, une difficulté ? Écrivez au support :{' '}
          <SupportEmailLink email={supportEmail()} />
        </p>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <span>Renfort RH Crise — Ministère chargé de la santé</span>
          <nav aria-label="Aide et informations légales">
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              {FOOTER_LINKS.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}
