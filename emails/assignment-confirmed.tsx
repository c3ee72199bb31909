import { EmailLayout } from './components/layout';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { formatLongDay } from '@/lib/dates/format';

export interface AssignmentConfirmedProps {
  firstName: string;
  startDate: Date;
  endDate: Date;
  establishmentName: string;
  /** The establishment account that validated the candidacy. */
  validatorEmail: string;
}

export const assignmentConfirmedSubject = () => 'Affectation sur une mission de renfort';

// The text is fixed by SPEC §9 (and the 2021 guide): keep it word for word, in one paragraph so that the
// plain-text part carries the sentence unbroken.
export function AssignmentConfirmedEmail({ firstName, startDate, endDate, establishmentName, validatorEmail }: AssignmentConfirmedProps) {
  return (
    <EmailLayout title={assignmentConfirmedSubject()} preview={`Votre venue à ${establishmentName} est confirmée.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        {`Nous avons le plaisir de vous confirmer votre venue du ${formatLongDay(startDate)} au ${formatLongDay(endDate)} dans le cadre des renforts nécessaires pour la gestion de la crise dans l'établissement ${establishmentName}. Pour plus d'informations, vous pouvez nous joindre au mail suivant : ${validatorEmail}`}
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
