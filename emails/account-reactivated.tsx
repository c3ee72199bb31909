import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';

export interface AccountReactivatedProps {
  firstName?: string;
  email: string;
  /** The sign-in page. */
  signInUrl: string;
}

export const accountReactivatedSubject = () => 'Votre compte Renfort RH Crise a été réactivé';

export function AccountReactivatedEmail({ firstName, email, signInUrl }: AccountReactivatedProps) {
  return (
    <EmailLayout title={accountReactivatedSubject()} preview="Vous pouvez de nouveau vous connecter.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre compte Renfort RH Crise a été réactivé. Vous pouvez de nouveau vous connecter avec votre adresse email ({email}) et votre mot
        de passe habituel.
      </Paragraph>
      <LinkButton href={signInUrl}>Me connecter</LinkButton>
      <Signature />
    </EmailLayout>
  );
}
