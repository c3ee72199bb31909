import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { formatLongDay } from '@/lib/dates/format';

export interface MissionsProposedProps {
  /** The establishment account's holder. */
  firstName?: string;
  /** Profession (or label) of the mission, e.g. « Infirmier ». */
  missionLabel: string;
  startDate: Date;
  endDate: Date;
  /** How many volunteers were just proposed. */
  proposalCount: number;
  missionUrl: string;
  /** The ARS/CCS account that pushed the volunteers. */
  contactEmail: string;
}

export const missionsProposedSubject = () => 'Nouvelles propositions de renfort pour votre mission';

// Wording of the 2021 establishment guide (seed 002).
export function MissionsProposedEmail(props: MissionsProposedProps) {
  const { firstName, missionLabel, startDate, endDate, proposalCount, missionUrl, contactEmail } = props;
  const proposals = proposalCount > 1 ? `${proposalCount} renforts vous sont proposés` : 'Un renfort vous est proposé';
  return (
    <EmailLayout title={missionsProposedSubject()} preview={`${proposals} pour votre mission ${missionLabel}.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        En réponse à votre demande de mission {missionLabel} du {formatLongDay(startDate)} au {formatLongDay(endDate)}, nous
        vous proposons d&apos;examiner les propositions en vous connectant à l&apos;application Renfort RH Crise.
      </Paragraph>
      <Paragraph>{proposals}.</Paragraph>
      <LinkButton href={missionUrl}>Voir les propositions</LinkButton>
      <Paragraph>Pour plus d&apos;informations, vous pouvez nous joindre au mail suivant : {contactEmail}</Paragraph>
      <Signature />
    </EmailLayout>
  );
}
