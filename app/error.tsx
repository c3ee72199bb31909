'use client';

import { Button } from '@/components/ui/button';

// Never a stack trace: the digest lets operators find the logged error.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Une erreur est survenue</h1>
      <p>Le service n&apos;a pas pu afficher cette page. Réessayez dans un instant.</p>
      {error.digest ? <p className="text-sm text-muted">Référence de l&apos;erreur : {error.digest}</p> : null}
      <Button type="button" onClick={reset}>Réessayer</Button>
    </div>
  );
}
