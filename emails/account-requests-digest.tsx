import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { formatLongInstant } from '@/lib/dates/format';

export interface AccountRequestsDigestProps {
  firstName?: string;
  /** The newest first, at most a screenful; `total` counts them all. */
  requests: { establishmentName: string; city: string; receivedAt: Date }[];
  total: number;
  requestsUrl: string;
}

/** SPEC §9 fixes it; the count is in the body. */
export const accountRequestsDigestSubject = () => 'Nouvelles demandes de compte à valider';

/** SPEC §15: an ARS agent hears of their region's new account requests at most once an hour. */
export function AccountRequestsDigestEmail(props: AccountRequestsDigestProps) {
  const { firstName, requests, total, requestsUrl } = props;
  const more = total - requests.length;
  return (
    <EmailLayout title={accountRequestsDigestSubject()} preview="Des demandes de compte attendent votre décision.">
      <Greeting firstName={firstName} />
      <Paragraph>Depuis notre dernier message, votre région a reçu ces demandes de compte, qui attendent une décision :</Paragraph>
      <ul>
        {requests.map((request, index) => (
          <li key={index}>
            {request.establishmentName} ({request.city}), reçue le {formatLongInstant(request.receivedAt)}
          </li>
        ))}
      </ul>
      {more > 0 ? <Paragraph>{more > 1 ? `Et ${more} autres demandes.` : 'Et une autre demande.'}</Paragraph> : null}
      <LinkButton href={requestsUrl}>Voir les demandes</LinkButton>
      <Paragraph>Vous recevez au plus un message par heure ; vous pouvez désactiver cette notification dans « Mon compte ».</Paragraph>
      <Signature />
    </EmailLayout>
  );
}
