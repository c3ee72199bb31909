import Link from 'next/link';
import type { Metadata } from 'next';
import { SupportEmailLink } from '@/components/support/support-email-link';
import { supportEmail } from '@/lib/env';

export const metadata: Metadata = { title: 'Accès refusé' };

/** Shown by middleware.ts (status 403) when a signed-in user opens another role's area. */
export default function ForbiddenPage() {
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Accès refusé</h1>
      <p>Cette page n&apos;est pas accessible avec votre compte.</p>
      <Link href="/" className="text-brand underline">Revenir à l&apos;accueil</Link>
      <p>
        Si vous pensez devoir y accéder, écrivez au support : <SupportEmailLink email={supportEmail()} />
      </p>
    </div>
  );
}
