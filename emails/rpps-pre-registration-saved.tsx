import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';

export interface RppsPreRegistrationSavedProps {
  /** Empty when the professional had not typed it yet. */
  firstName: string;
  requestNumber: string;
  establishmentName: string;
  /** The link back to the saved form (to finish and send it, or to abandon it); its token is stored hashed. */
  resumeUrl: string;
}

export const rppsPreRegistrationSavedSubject = () => "Votre demande d'enregistrement RPPS est enregistrée : terminez-la quand vous voulez";

export function RppsPreRegistrationSavedEmail({ firstName, requestNumber, establishmentName, resumeUrl }: RppsPreRegistrationSavedProps) {
  return (
    <EmailLayout title={rppsPreRegistrationSavedSubject()} preview={`Demande n° ${requestNumber} saisie, pas encore envoyée.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre demande de pré-enregistrement dans le répertoire RPPS (n° {requestNumber}), adressée à l&apos;établissement {establishmentName}, est enregistrée
        telle que vous l&apos;avez saisie. Elle n&apos;est pas encore envoyée : le gestionnaire RPPS+ ne l&apos;instruira qu&apos;une fois que vous l&apos;aurez
        complétée et envoyée.
      </Paragraph>
      <Paragraph>Ce lien vous permet de la reprendre, puis de l&apos;envoyer — ou de l&apos;abandonner :</Paragraph>
      <LinkButton href={resumeUrl}>Reprendre ma demande</LinkButton>
      <Paragraph>Gardez cet email : ce lien est le seul moyen de retrouver votre demande.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}
