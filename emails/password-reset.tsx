import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';

export interface PasswordResetProps {
  firstName?: string;
  /** The account's email, which is also its login. */
  email: string;
  /** Single-use link to set a new password, valid 72 h. */
  link: string;
}

export const passwordResetSubject = () => 'Réinitialisation de mot de passe compte Renfort RH Crise';

export function PasswordResetEmail({ firstName, email, link }: PasswordResetProps) {
  return (
    <EmailLayout title={passwordResetSubject()} preview="Définissez votre nouveau mot de passe.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Une réinitialisation du mot de passe du compte Renfort RH Crise {email} a été demandée. Pour définir
        votre nouveau mot de passe, suivez le lien ci-dessous.
      </Paragraph>
      <LinkButton href={link}>Définir mon nouveau mot de passe</LinkButton>
      <Paragraph>
        Ce lien est valable 72 heures et ne peut servir qu&apos;une seule fois ; il remplace les liens envoyés
        précédemment.
      </Paragraph>
      <Paragraph>
        Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez ce message : votre mot de passe actuel reste
        valable.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
