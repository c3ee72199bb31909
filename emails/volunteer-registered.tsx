import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';

export interface VolunteerRegisteredProps {
  firstName: string;
  /** Where the volunteer reads and updates their record once signed in. */
  spaceUrl: string;
}

export const volunteerRegisteredSubject = () => 'Votre inscription comme renfort est enregistrée';

export function VolunteerRegisteredEmail({ firstName, spaceUrl }: VolunteerRegisteredProps) {
  return (
    <EmailLayout title={volunteerRegisteredSubject()} preview="Merci pour votre engagement comme renfort.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre candidature comme renfort a bien été enregistrée. Merci pour votre engagement.
      </Paragraph>
      <Paragraph>
        Vous allez recevoir un second email pour activer votre compte et choisir votre mot de passe. Son lien
        est valable 72 heures.
      </Paragraph>
      <Paragraph>
        Vous serez informé(e) par email si votre agence régionale de santé propose votre candidature à un
        établissement, puis si votre affectation est confirmée. Pensez à tenir à jour votre fiche, notamment vos
        dates de disponibilité.
      </Paragraph>
      <LinkButton href={spaceUrl}>Accéder à mon espace renfort</LinkButton>
      <Signature />
    </EmailLayout>
  );
}
