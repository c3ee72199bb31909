'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

const TITLE = 'Inscription enregistrée';

/**
 * What the volunteer sees once the sign-up is sent. Worded so that it is true whether the address was
 * new or already had an account (SPEC §2: the page answers the same; the email tells the owner which).
 */
function Message({ email }: { email: string }) {
  return (
    <>
      <p>Votre inscription comme renfort est enregistrée. Merci pour votre engagement.</p>
      <p>
        Vous allez recevoir à l&apos;adresse <strong className="[overflow-wrap:anywhere]">{email}</strong> un email de confirmation,
        puis un email d&apos;activation : son lien, valable 72 heures, vous permet de choisir votre mot de passe.
      </p>
      <p>Pensez à vérifier vos courriers indésirables.</p>
    </>
  );
}

export function SignUpConfirmation({ email, dialogOpen, onCloseDialog }: { email: string; dialogOpen: boolean; onCloseDialog: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Once the dialog closes, focus lands on the page's new content rather than on <body>.
  useEffect(() => {
    if (!dialogOpen) headingRef.current?.focus();
  }, [dialogOpen]);

  return (
    <>
      <section aria-labelledby="confirmation-title" className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="confirmation-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
          {TITLE}
        </h2>
        <Alert tone="success">
          <Message email={email} />
        </Alert>
        <p>
          Email non reçu ou lien expiré ?{' '}
          <Link href="/mot-de-passe/oubli" className="text-brand underline">
            Recevoir un nouveau lien
          </Link>
        </p>
        <Link href="/connexion" className={buttonClasses('secondary')}>
          Aller à la connexion
        </Link>
      </section>
      <Dialog
        open={dialogOpen}
        title={TITLE}
        onClose={onCloseDialog}
        actions={
          <Button type="button" onClick={onCloseDialog} autoFocus>
            Fermer
          </Button>
        }
      >
        <Message email={email} />
      </Dialog>
    </>
  );
}
