import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { formatLongInstant } from '@/lib/dates/format';

export interface CandidacyDeclinedProps {
  /** The recipient: an account of the establishment, or the ARS/CCS agent who pushed the volunteer. */
  firstName?: string;
  recipient: 'establishment' | 'regulator';
  volunteerName: string;
  establishmentName: string;
  /** Profession and dates, e.g. « Infirmier (IDE) du 01/12/2026 au 31/12/2026 ». */
  missionLabel: string;
  /** The volunteer was « Contacté » (reserved by the establishment) or « En cours » (pushed, not yet contacted). */
  wasContacted: boolean;
  declinedAt: Date;
  /** The mission's page in the recipient's own area. */
  missionUrl: string;
}

export const candidacyDeclinedSubject = () => "Un renfort n'est plus disponible pour votre mission";

// SPEC §5.2 and §9: the volunteer freed themselves with « Je ne suis pas disponible pour cette mission ».
export function CandidacyDeclinedEmail(props: CandidacyDeclinedProps) {
  const { firstName, recipient, volunteerName, establishmentName, missionLabel, wasContacted, declinedAt, missionUrl } = props;
  const when = formatLongInstant(declinedAt);
  return (
    <EmailLayout title={candidacyDeclinedSubject()} preview={`${volunteerName} n'est plus disponible pour la mission ${missionLabel}.`}>
      <Greeting firstName={firstName} />
      {recipient === 'establishment' ? (
        <Paragraph>
          {volunteerName} a indiqué le {when} ne plus être disponible pour votre mission {missionLabel}.{' '}
          {wasContacted ? 'Sa réservation est levée' : 'La proposition de l’ARS est levée'} : vous pouvez contacter un autre
          renfort.
        </Paragraph>
      ) : (
        <Paragraph>
          {volunteerName}, que vous aviez proposé(e) à l&apos;établissement {establishmentName} pour la mission {missionLabel}, a
          indiqué le {when} ne plus être disponible. Sa candidature est levée : vous pouvez proposer un autre renfort.
        </Paragraph>
      )}
      <LinkButton href={missionUrl}>Voir la mission</LinkButton>
      <Signature />
    </EmailLayout>
  );
}
