import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Notice, Paragraph, Signature } from './components/paragraph';
import { formatLongDay } from '@/lib/dates/format';

export interface RetentionWarningProps {
  firstName: string;
  /** Their last sign-in or action on the platform. */
  lastActivityAt: Date;
  /** The day from which their personal data is erased if they do not sign in. */
  anonymisationDate: Date;
  signInUrl: string;
}

export const retentionWarningSubject = () => 'Votre compte Renfort RH Crise va être anonymisé';

export function RetentionWarningEmail({ firstName, lastActivityAt, anonymisationDate, signInUrl }: RetentionWarningProps) {
  return (
    <EmailLayout title={retentionWarningSubject()} preview="Connectez-vous pour garder votre inscription comme renfort.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Vous n&apos;avez pas utilisé votre compte Renfort RH Crise depuis le {formatLongDay(lastActivityAt)}. Nous ne
        conservons les données des renforts que deux ans après leur dernière activité.
      </Paragraph>
      <Notice>
        Sans connexion de votre part, vos données personnelles seront anonymisées à partir du{' '}
        {formatLongDay(anonymisationDate)} : nom, coordonnées, numéro RPPS ou ADELI, disponibilités et documents
        seront effacés, et votre compte ne pourra plus être utilisé.
      </Notice>
      <Paragraph>
        Pour rester inscrit(e) comme renfort, il suffit de vous connecter avant cette date. Si vous ne souhaitez
        plus être sollicité(e), vous n&apos;avez rien à faire.
      </Paragraph>
      <LinkButton href={signInUrl}>Me connecter</LinkButton>
      <Signature />
    </EmailLayout>
  );
}
