'use client';

import Link from 'next/link';
import { SubmissionConfirmation } from '@/components/forms/submission-confirmation';
import { buttonClasses } from '@/components/ui/button';

/**
 * What the volunteer sees once the sign-up is sent. Worded so that it is true whether the address was
 * new or already had an account (SPEC §2: the page answers the same; the email tells the owner which).
 */
function Message({ email, notice }: { email: string; notice: string | null }) {
  return (
    <>
      <p>Votre inscription comme renfort est enregistrée. Merci pour votre engagement.</p>
      {/* A Pro Santé Connect step that had lapsed: nothing is presented as certified (docs/decisions/038). */}
      {notice ? <p data-testid="sign-up-notice">{notice}</p> : null}
      <p>
        Vous allez recevoir à l&apos;adresse <strong className="[overflow-wrap:anywhere]">{email}</strong> un email de confirmation,
        puis un email d&apos;activation : son lien, valable 72 heures, vous permet de choisir votre mot de passe.
      </p>
      <p>Pensez à vérifier vos courriers indésirables.</p>
    </>
  );
}

export function SignUpConfirmation({
  email,
  notice = null,
  dialogOpen,
  onCloseDialog,
}: {
  email: string;
  /** Said after the first sentence: the sign-up was saved, but not as Pro Santé Connect's. */
  notice?: string | null;
  dialogOpen: boolean;
  onCloseDialog: () => void;
}) {
  return (
    <SubmissionConfirmation title="Inscription enregistrée" message={<Message email={email} notice={notice} />} dialogOpen={dialogOpen} onCloseDialog={onCloseDialog}>
      <p>
        Email non reçu ou lien expiré ?{' '}
        <Link href="/mot-de-passe/oubli" className="text-brand underline">
          Recevoir un nouveau lien
        </Link>
      </p>
      <Link href="/connexion" className={buttonClasses('secondary')}>
        Aller à la connexion
      </Link>
    </SubmissionConfirmation>
  );
}
