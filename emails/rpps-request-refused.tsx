import { EmailLayout } from './components/layout';
import { Greeting, Notice, Paragraph, Signature } from './components/paragraph';

export interface RppsRequestRefusedProps {
  firstName: string;
  requestNumber: string;
  /** Written by the RPPS+ manager who refused. */
  reason: string;
}

export const rppsRequestRefusedSubject = () => "Votre demande d'enregistrement RPPS a été refusée";

export function RppsRequestRefusedEmail({ firstName, requestNumber, reason }: RppsRequestRefusedProps) {
  return (
    <EmailLayout title={rppsRequestRefusedSubject()} preview={`Demande n° ${requestNumber} refusée.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre demande d&apos;enregistrement dans le répertoire RPPS (n° {requestNumber}) a été refusée par l&apos;autorité
        d&apos;enregistrement, pour le motif suivant :
      </Paragraph>
      <Notice>{reason}</Notice>
      <Paragraph>
        Pour toute question, vous pouvez vous rapprocher du gestionnaire RPPS+ de votre établissement.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
