import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { TextLink } from './components/text-link';
import { formatLongInstant, formatParisDay } from '@/lib/dates/format';

export interface AvailabilityCheckinProps {
  firstName: string;
  /** The last time they stated their availability. */
  confirmedAt: Date;
  /** « Oui, toujours disponible » and « Je ne suis plus disponible »: one link, two answers, no sign-in. */
  yesUrl: string;
  noUrl: string;
  /** The end of the links' 7 days. */
  expiresAt: Date;
  signInUrl: string;
}

export const availabilityCheckinSubject = () => 'Êtes-vous toujours disponible ?';

/** SPEC §5.2: the check-in of a Disponible volunteer who has not confirmed for the period set by the CCS. */
export function AvailabilityCheckinEmail({ firstName, confirmedAt, yesUrl, noUrl, expiresAt, signInUrl }: AvailabilityCheckinProps) {
  return (
    <EmailLayout title={availabilityCheckinSubject()} preview="Un clic suffit pour confirmer, ou pour vous retirer des recherches.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Vous êtes inscrit(e) comme renfort disponible sur Renfort RH Crise, et vous avez confirmé votre disponibilité
        pour la dernière fois le {formatParisDay(confirmedAt)}. Les établissements qui cherchent du renfort comptent sur
        une liste à jour : pouvez-vous nous dire si vous êtes toujours disponible ?
      </Paragraph>
      <LinkButton href={yesUrl}>Oui, toujours disponible</LinkButton>
      <LinkButton href={noUrl}>Je ne suis plus disponible</LinkButton>
      <Paragraph>
        Pas besoin de vous connecter : le lien ouvre une page où vous confirmez votre réponse. Ces liens sont valables
        jusqu&apos;au {formatLongInstant(expiresAt)} et ne servent qu&apos;une fois : une seule réponse est enregistrée.
      </Paragraph>
      <Paragraph>
        Vos périodes de disponibilité ont changé ? Mettez-les à jour depuis votre espace :{' '}
        <TextLink href={signInUrl}>me connecter</TextLink>.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
