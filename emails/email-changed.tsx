import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Notice, Paragraph, Signature } from './components/paragraph';

export interface EmailChangedProps {
  firstName?: string;
  /** The account's email from now on: its login. */
  newEmail: string;
  signInUrl: string;
}

export const emailChangedSubject = () => 'L’adresse email de votre compte Renfort RH Crise a changé';

/** Sent to both the old and the new address once the link was followed (SPEC §15). */
export function EmailChangedEmail({ firstName, newEmail, signInUrl }: EmailChangedProps) {
  return (
    <EmailLayout title={emailChangedSubject()} preview="Votre adresse de connexion a changé.">
      <Greeting firstName={firstName} />
      <Paragraph>L’adresse email de votre compte Renfort RH Crise a été modifiée. Votre identifiant de connexion est désormais :</Paragraph>
      <Notice>{newEmail}</Notice>
      <Paragraph>Les sessions ouvertes sur vos autres appareils ont été fermées.</Paragraph>
      <LinkButton href={signInUrl}>Me connecter</LinkButton>
      <Paragraph>Si vous n’êtes pas à l’origine de ce changement, prévenez le support sans attendre.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}
