import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';

export interface EmailChangeConfirmProps {
  firstName?: string;
  /** The address being confirmed: this email's recipient. */
  newEmail: string;
  /** Single-use link, valid 72 h. */
  link: string;
}

export const emailChangeConfirmSubject = () => 'Confirmez votre nouvelle adresse email Renfort RH Crise';

/** Sent to the NEW address (SPEC §15): following the link proves the address is the account holder’s. */
export function EmailChangeConfirmEmail({ firstName, newEmail, link }: EmailChangeConfirmProps) {
  return (
    <EmailLayout title={emailChangeConfirmSubject()} preview="Confirmez votre nouvelle adresse email.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Vous avez demandé que l’adresse {newEmail} devienne l’adresse de connexion de votre compte Renfort RH Crise. Pour
        confirmer ce changement, suivez le lien ci-dessous.
      </Paragraph>
      <LinkButton href={link}>Confirmer ma nouvelle adresse</LinkButton>
      <Paragraph>
        Ce lien est valable 72 heures et ne peut servir qu’une seule fois. Tant qu’il n’est pas utilisé, votre compte garde son
        adresse actuelle.
      </Paragraph>
      <Paragraph>Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}
