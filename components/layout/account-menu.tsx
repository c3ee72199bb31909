'use client';

import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';

/** « Compte » menu: a native <details> disclosure, keyboard-usable without any script. */
export function AccountMenu({ signedInAs, home }: { signedInAs: string | null; home: string | null }) {
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded border border-brand px-3 py-2 text-sm font-medium text-brand hover:bg-brand-light">
        Compte
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-60 rounded border border-gray-200 bg-white p-2 shadow-lg">
        {signedInAs && home ? (
          <ul className="space-y-1 text-sm">
            <li className="px-2 py-1 text-muted">Connecté : {signedInAs}</li>
            <li>
              <Link href={home} className="block rounded px-2 py-2 text-brand underline hover:bg-brand-light">
                Mon espace
              </Link>
            </li>
            <li>
              <Link href={`${home}/compte`} className="block rounded px-2 py-2 text-brand underline hover:bg-brand-light">
                Mon compte
              </Link>
            </li>
            <li>
              <SignOutButton className="block w-full rounded px-2 py-2 text-left text-brand underline hover:bg-brand-light" />
            </li>
          </ul>
        ) : (
          <Link href="/connexion" className="block rounded px-2 py-2 text-sm text-brand underline hover:bg-brand-light">
            S&apos;authentifier
          </Link>
        )}
      </div>
    </details>
  );
}
