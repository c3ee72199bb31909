import { EmailLayout } from './components/layout';
import { Greeting, Notice, Paragraph, Signature } from './components/paragraph';

export interface RppsNumberAssignedProps {
  firstName: string;
  rppsNumber: string;
  /** e.g. P20220905011141 */
  requestNumber: string;
}

export const rppsNumberAssignedSubject = () => 'Votre numéro RPPS';

export function RppsNumberAssignedEmail({ firstName, rppsNumber, requestNumber }: RppsNumberAssignedProps) {
  return (
    <EmailLayout title={rppsNumberAssignedSubject()} preview={`Votre numéro RPPS : ${rppsNumber}`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre enregistrement dans le répertoire RPPS est validé (demande n° {requestNumber}). Votre numéro RPPS
        est :
      </Paragraph>
      <Notice>
        <strong>{rppsNumber}</strong>
      </Notice>
      <Paragraph>
        Ce numéro est personnel et permanent : il ne changera pas, même si votre situation d&apos;exercice évolue.
        Conservez ce message.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
