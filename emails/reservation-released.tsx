import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { formatLongInstant } from '@/lib/dates/format';

export interface ReservationReleasedProps {
  /** The establishment account's holder. */
  firstName?: string;
  volunteerName: string;
  missionLabel: string;
  releasedAt: Date;
  /** The regulator who released it (« l’ARS Occitanie », « le centre de crise sanitaire »); absent when the delay lapsed. */
  releasedBy?: string;
  missionUrl: string;
}

export const reservationReleasedSubject = () => 'Une réservation de renfort a été libérée';

export function ReservationReleasedEmail({ firstName, volunteerName, missionLabel, releasedAt, releasedBy, missionUrl }: ReservationReleasedProps) {
  return (
    <EmailLayout title={reservationReleasedSubject()} preview={`La réservation de ${volunteerName} a été libérée.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        {releasedBy ? (
          <>
            {capitalise(releasedBy)} a libéré la réservation de {volunteerName} pour votre mission {missionLabel} le{' '}
            {formatLongInstant(releasedAt)}, afin de mobiliser ce renfort ailleurs. Il peut désormais être contacté par
            d&apos;autres établissements.
          </>
        ) : (
          <>
            Faute de validation ou de refus, la réservation de {volunteerName} pour votre mission {missionLabel} a été
            libérée le {formatLongInstant(releasedAt)}. Ce renfort peut désormais être contacté par d&apos;autres
            établissements.
          </>
        )}
      </Paragraph>
      <Paragraph>Vous pouvez consulter les autres renforts disponibles pour cette mission.</Paragraph>
      <LinkButton href={missionUrl}>Voir les renforts disponibles</LinkButton>
      <Signature />
    </EmailLayout>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
