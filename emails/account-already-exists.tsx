import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { TextLink } from './components/text-link';

export interface AccountAlreadyExistsProps {
  /** `/connexion` */
  signInUrl: string;
  /** `/mot-de-passe/oubli` */
  resetRequestUrl: string;
  /** What was tried with the address: a sign-up or account request (default), or another account's email change. */
  attempt?: 'sign-up' | 'email-change';
}

export const accountAlreadyExistsSubject = () => 'Vous avez déjà un compte Renfort RH Crise';

// Sent instead of an on-screen error: whether an address has an account is personal data (SPEC §2).
// So it names no one and says nothing about the account's role.
export function AccountAlreadyExistsEmail({ signInUrl, resetRequestUrl, attempt = 'sign-up' }: AccountAlreadyExistsProps) {
  const emailChange = attempt === 'email-change';
  return (
    <EmailLayout
      title={accountAlreadyExistsSubject()}
      preview={emailChange ? 'Un changement d’adresse a été tenté vers votre adresse email.' : 'Une inscription a été tentée avec votre adresse email.'}
    >
      <Greeting />
      {emailChange ? (
        <Paragraph>
          Un autre compte Renfort RH Crise vient de demander à prendre cette adresse email, mais un compte existe déjà
          pour elle. Rien n’a été changé : l’adresse reste celle de votre compte.
        </Paragraph>
      ) : (
        <Paragraph>
          Une inscription vient d&apos;être demandée avec cette adresse email, mais un compte Renfort RH Crise existe
          déjà pour elle. Aucun nouveau compte n&apos;a été créé.
        </Paragraph>
      )}
      <Paragraph>Vous pouvez vous connecter avec cette adresse email et votre mot de passe :</Paragraph>
      <LinkButton href={signInUrl}>Se connecter</LinkButton>
      <Paragraph>
        Mot de passe oublié, ou lien d&apos;activation perdu ou expiré ?{' '}
        <TextLink href={resetRequestUrl}>
          Réinitialiser mon mot de passe
        </TextLink>
      </Paragraph>
      <Paragraph>Si vous n&apos;êtes pas à l&apos;origine de cette demande, vous pouvez ignorer ce message.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}
