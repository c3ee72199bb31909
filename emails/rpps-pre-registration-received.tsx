import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';

export interface RppsPreRegistrationReceivedProps {
  firstName: string;
  requestNumber: string;
  establishmentName: string;
  /** Single-use link that lets the professional abandon the request without an account. */
  abandonUrl: string;
}

export const rppsPreRegistrationReceivedSubject = () => "Votre demande d'enregistrement RPPS a bien été reçue";

export function RppsPreRegistrationReceivedEmail({ firstName, requestNumber, establishmentName, abandonUrl }: RppsPreRegistrationReceivedProps) {
  return (
    <EmailLayout title={rppsPreRegistrationReceivedSubject()} preview={`Demande n° ${requestNumber} en cours d'instruction.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre demande de pré-enregistrement dans le répertoire RPPS (n° {requestNumber}) a bien été reçue. Elle est
        en cours d&apos;instruction par un gestionnaire RPPS+ de l&apos;établissement {establishmentName}, qui vous
        rencontrera pour vérifier vos données.
      </Paragraph>
      <Paragraph>Vous recevrez un email lorsque votre numéro RPPS vous aura été attribué.</Paragraph>
      <Paragraph>Si vous ne souhaitez plus donner suite, vous pouvez abandonner votre demande :</Paragraph>
      <LinkButton href={abandonUrl}>Abandonner ma demande</LinkButton>
      <Signature />
    </EmailLayout>
  );
}
