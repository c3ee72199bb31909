'use client';

import { useEffect, useState } from 'react';
import './globals.css';

/**
 * Shown when the root layout itself fails: it replaces the whole document, so it draws its own
 * <html> and has no header, footer or context. The support address comes from /api/support (no
 * database, no session); never a stack trace, only the digest operators can look up.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [email, setEmail] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch('/api/support')
      .then((response) => (response.ok ? (response.json() as Promise<{ email?: unknown }>) : null))
      .then((body) => {
        if (!cancelled && typeof body?.email === 'string') setEmail(body.email);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <html lang="fr">
      <head>
        <title>Service indisponible — Renfort RH Crise</title>
      </head>
      <body className="font-sans antialiased">
        <main className="mx-auto max-w-xl space-y-4 px-4 py-10">
          <p className="text-lg font-bold text-brand">Renfort RH Crise</p>
          <h1 className="text-2xl font-bold">Le service est momentanément indisponible</h1>
          <p>Nous n&apos;avons pas pu afficher la page. Réessayez dans quelques minutes.</p>
          {error.digest ? <p className="text-sm text-muted">Référence de l&apos;erreur : {error.digest}</p> : null}
          <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-bold text-white">
            Réessayer
          </button>
          <p>
            Si l&apos;erreur persiste, écrivez au support
            {email ? (
              <>
                {' '}: <a href={`mailto:${email}`} className="text-brand underline">{email}</a>
              </>
            ) : null}{' '}
            en indiquant la référence de l&apos;erreur.
          </p>
        </main>
      </body>
    </html>
  );
}
