import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { formatLongDay } from '@/lib/dates/format';

export interface CandidacyProposedProps {
  firstName: string;
  establishmentName: string;
  /** Commune of the establishment, when known. */
  establishmentCity?: string;
  missionLabel: string;
  startDate: Date;
  endDate: Date;
  /** The ARS/CCS account that pushed the candidacy. */
  contactEmail: string;
  spaceUrl: string;
}

export const candidacyProposedSubject = () => 'Votre candidature a été proposée à un établissement';

export function CandidacyProposedEmail(props: CandidacyProposedProps) {
  const { firstName, establishmentName, establishmentCity, missionLabel, startDate, endDate, contactEmail, spaceUrl } = props;
  const where = establishmentCity ? `${establishmentName} (${establishmentCity})` : establishmentName;
  return (
    <EmailLayout title={candidacyProposedSubject()} preview={`Votre candidature a été proposée à ${establishmentName}.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Dans le cadre des renforts nécessaires pour la gestion de la crise, votre candidature a été proposée à
        l&apos;établissement {where} pour une mission {missionLabel} du {formatLongDay(startDate)} au {formatLongDay(endDate)}.
      </Paragraph>
      <Paragraph>
        L&apos;établissement va examiner votre candidature et pourra vous contacter. Votre affectation vous sera
        confirmée par email.
      </Paragraph>
      <LinkButton href={spaceUrl}>Voir ma candidature</LinkButton>
      <Paragraph>Pour plus d&apos;informations, vous pouvez nous joindre au mail suivant : {contactEmail}</Paragraph>
      <Signature />
    </EmailLayout>
  );
}
