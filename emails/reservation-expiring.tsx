import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { formatLongInstant } from '@/lib/dates/format';

export interface ReservationExpiringProps {
  /** The establishment account's holder. */
  firstName?: string;
  volunteerName: string;
  missionLabel: string;
  expiresAt: Date;
  /** The mission's candidates page, where the reservation is validated or refused. */
  missionUrl: string;
}

export const reservationExpiringSubject = () => 'Une réservation de renfort arrive à échéance';

export function ReservationExpiringEmail({ firstName, volunteerName, missionLabel, expiresAt, missionUrl }: ReservationExpiringProps) {
  return (
    <EmailLayout title={reservationExpiringSubject()} preview={`La réservation de ${volunteerName} expire bientôt.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Vous avez contacté {volunteerName} pour votre mission {missionLabel}. Ce renfort vous est réservé
        jusqu&apos;au {formatLongInstant(expiresAt)}.
      </Paragraph>
      <Paragraph>
        Sans validation ni refus de votre part d&apos;ici là, la réservation sera libérée et ce renfort pourra être
        contacté par d&apos;autres établissements.
      </Paragraph>
      <LinkButton href={missionUrl}>Valider ou refuser la candidature</LinkButton>
      <Signature />
    </EmailLayout>
  );
}
