'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { SupportEmailLink } from '@/components/support/support-email-link';
import { useSupportEmail } from '@/components/support/support-email-context';

// Never a stack trace: the digest lets operators find the logged error.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const email = useSupportEmail();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Une erreur est survenue</h1>
      <p>Le service n&apos;a pas pu afficher cette page. Réessayez dans un instant.</p>
      {error.digest ? <p className="text-sm text-muted">Référence de l&apos;erreur : {error.digest}</p> : null}
      <Button type="button" onClick={reset}>Réessayer</Button>
      <p>
        Si l&apos;erreur persiste, écrivez au support
        {email ? (
          <>
            {' '}: <SupportEmailLink email={email} />
          </>
        ) : null}{' '}
        en indiquant la page et, si elle est affichée, la référence de l&apos;erreur. Voir aussi la{' '}
        <Link href="/aide" className="text-brand underline">page d&apos;aide</Link>.
      </p>
    </div>
  );
}
