import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { TextLink } from './components/text-link';

export interface AccountActivationProps {
  firstName?: string;
  /** The account's email, which is also its login. */
  email: string;
  /** Single-use link to choose the password, valid 72 h. */
  link: string;
  /** « Mot de passe oublié » page; defaults to `/mot-de-passe/oubli` on the link's own origin. */
  resetRequestUrl?: string;
}

export const accountActivationSubject = () => 'Activez votre compte Renfort RH Crise';

export function AccountActivationEmail({ firstName, email, link, resetRequestUrl }: AccountActivationProps) {
  return (
    <EmailLayout title={accountActivationSubject()} preview="Choisissez votre mot de passe pour activer votre compte.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre compte Renfort RH Crise est créé et validé. Pour l&apos;activer, choisissez votre mot de passe en
        suivant le lien ci-dessous.
      </Paragraph>
      <LinkButton href={link}>Activer mon compte</LinkButton>
      <Paragraph>
        Ce lien est valable 72 heures et ne peut servir qu&apos;une seule fois. Votre identifiant de connexion est
        votre adresse email : {email}.
      </Paragraph>
      <Paragraph>
        Si le délai est dépassé, demandez un nouveau lien sur la page{' '}
        <TextLink href={resetRequestUrl ?? new URL('/mot-de-passe/oubli', link).href}>Mot de passe oublié</TextLink>.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
