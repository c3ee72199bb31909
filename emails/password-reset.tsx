import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';

export interface PasswordResetProps {
  firstName?: string;
  /** The account's email, which is also its login. */
  email: string;
  /** Single-use link to set a new password, valid 72 h. */
  link: string;
  /** The account never chose a password (its activation link was lost or expired): the link activates it. */
  firstPassword?: boolean;
}

export const passwordResetSubject = () => 'Réinitialisation de mot de passe compte Renfort RH Crise';

export function PasswordResetEmail({ firstName, email, link, firstPassword = false }: PasswordResetProps) {
  return (
    <EmailLayout title={passwordResetSubject()} preview={firstPassword ? 'Choisissez votre mot de passe.' : 'Définissez votre nouveau mot de passe.'}>
      <Greeting firstName={firstName} />
      {firstPassword ? (
        <Paragraph>
          Une réinitialisation du mot de passe du compte Renfort RH Crise {email} a été demandée. Ce compte n’a pas
          encore de mot de passe : pour le choisir et activer votre compte, suivez le lien ci-dessous.
        </Paragraph>
      ) : (
        <Paragraph>
          Une réinitialisation du mot de passe du compte Renfort RH Crise {email} a été demandée. Pour définir
          votre nouveau mot de passe, suivez le lien ci-dessous.
        </Paragraph>
      )}
      <LinkButton href={link}>{firstPassword ? 'Choisir mon mot de passe' : 'Définir mon nouveau mot de passe'}</LinkButton>
      <Paragraph>
        Ce lien est valable 72 heures et ne peut servir qu&apos;une seule fois ; il remplace les liens envoyés
        précédemment.
      </Paragraph>
      <Paragraph>
        {firstPassword
          ? 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : le compte reste sans mot de passe.'
          : 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.'}
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
