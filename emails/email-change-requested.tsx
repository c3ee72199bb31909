import { EmailLayout } from './components/layout';
import { Greeting, Notice, Paragraph, Signature } from './components/paragraph';

export interface EmailChangeRequestedProps {
  firstName?: string;
  /** The address the change is waiting for. */
  newEmail: string;
}

export const emailChangeRequestedSubject = () => 'Demande de changement d’adresse email de votre compte Renfort RH Crise';

/** Sent to the OLD address at request time (SPEC §15): the holder learns of a change they did not ask for. */
export function EmailChangeRequestedEmail({ firstName, newEmail }: EmailChangeRequestedProps) {
  return (
    <EmailLayout title={emailChangeRequestedSubject()} preview="Un changement d’adresse email a été demandé pour votre compte.">
      <Greeting firstName={firstName} />
      <Paragraph>Un changement de l’adresse email de votre compte Renfort RH Crise a été demandé. La nouvelle adresse serait :</Paragraph>
      <Notice>{newEmail}</Notice>
      <Paragraph>Le changement ne prendra effet que lorsque le lien envoyé à cette nouvelle adresse aura été suivi.</Paragraph>
      <Paragraph>
        Si vous n’êtes pas à l’origine de cette demande, connectez-vous et choisissez « Me déconnecter partout » dans « Mon
        compte », changez votre mot de passe, puis prévenez le support.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
