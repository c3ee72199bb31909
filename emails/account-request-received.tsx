import { EmailLayout } from './components/layout';
import { Greeting, Paragraph, Signature } from './components/paragraph';

export interface AccountRequestReceivedProps {
  firstName?: string;
  /** The email typed in the request: it becomes the login. */
  login: string;
}

export const accountRequestReceivedSubject = () => 'Demande de renfort prise en compte';

// Wording of the 2021 establishment guide (seed 002), with its OCR errors fixed.
export function AccountRequestReceivedEmail({ firstName, login }: AccountRequestReceivedProps) {
  return (
    <EmailLayout title={accountRequestReceivedSubject()} preview="Votre demande de création de compte a bien été prise en compte.">
      <Greeting firstName={firstName} />
      <Paragraph>Votre demande de création de compte et votre demande de renfort ont bien été prises en compte.</Paragraph>
      <Paragraph>
        Votre compte sera activé sous 72 h maximum, après validation par votre agence régionale de santé. Vous
        recevrez alors un email pour activer votre compte et initialiser votre mot de passe.
      </Paragraph>
      <Paragraph>Votre login sera l&apos;email saisi : {login}.</Paragraph>
      <Paragraph>
        Nous vous remercions de ne pas saisir une autre demande de création de compte avec le même email, elle ne
        serait pas traitée.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
