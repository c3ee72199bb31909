'use client';

import Link from 'next/link';
import { SubmissionConfirmation } from '@/components/forms/submission-confirmation';

/**
 * What the requester sees once the request is sent (guide 2021, « Faire une demande de compte 5/5 »).
 * Worded so that it is true whether the address was new or already had an account (SPEC §2: the page
 * answers the same; the email tells the owner which).
 */
function Message({ email }: { email: string }) {
  return (
    <>
      <p>Votre demande de création de compte et votre demande de renfort sont enregistrées.</p>
      <p>
        Un email de confirmation part à l&apos;adresse <strong className="break-all">{email}</strong>. Votre compte sera
        activé sous 72 heures maximum, après validation par l&apos;ARS de rattachement : vous recevrez alors un email
        pour activer votre compte et choisir votre mot de passe. Votre identifiant de connexion sera cet email.
      </p>
      <p>Merci de ne pas déposer une autre demande avec le même email : elle ne serait pas traitée.</p>
    </>
  );
}

export function RequestConfirmation({ email, dialogOpen, onCloseDialog }: { email: string; dialogOpen: boolean; onCloseDialog: () => void }) {
  return (
    <SubmissionConfirmation title="Demande de renfort prise en compte" message={<Message email={email} />} dialogOpen={dialogOpen} onCloseDialog={onCloseDialog}>
      <p>
        <Link href="/" className="text-brand underline">
          Retour à l&apos;accueil
        </Link>
      </p>
    </SubmissionConfirmation>
  );
}
