import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { TextLink } from './components/text-link';

export interface AccountInvitationProps {
  firstName?: string;
  /** The account's email, which is also its login. */
  email: string;
  /** Single-use link to choose the password, valid 72 h. */
  link: string;
  /** What the account is for: « agent d’une agence régionale de santé »… */
  roleLabel: string;
  /** The inviting agent's name, when an agent invited (none for the first account). */
  invitedBy?: string;
}

export const accountInvitationSubject = () => 'Votre compte Renfort RH Crise a été créé';

/** An agent's invitation (SPEC §15): the account exists, without a password until the link is used. */
export function AccountInvitationEmail({ firstName, email, link, roleLabel, invitedBy }: AccountInvitationProps) {
  return (
    <EmailLayout title={accountInvitationSubject()} preview="Choisissez votre mot de passe pour activer votre compte.">
      <Greeting firstName={firstName} />
      <Paragraph>
        {invitedBy ? `${invitedBy} a créé pour vous` : 'Nous avons créé pour vous'} un compte Renfort RH Crise de {roleLabel}. Pour l&apos;activer,
        choisissez votre mot de passe en suivant le lien ci-dessous.
      </Paragraph>
      <LinkButton href={link}>Activer mon compte</LinkButton>
      <Paragraph>
        Ce lien est valable 72 heures et ne peut servir qu&apos;une seule fois. Votre identifiant de connexion est votre adresse
        email : {email}.
      </Paragraph>
      <Paragraph>
        Si le délai est dépassé, demandez un nouveau lien sur la page{' '}
        <TextLink href={new URL('/mot-de-passe/oubli', link).href}>Mot de passe oublié</TextLink>, ou demandez à l&apos;agent qui vous a
        invité de renvoyer l&apos;invitation.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
