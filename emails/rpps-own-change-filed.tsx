import { EmailLayout } from './components/layout';
import { Greeting, Notice, Paragraph, Signature } from './components/paragraph';
import { formatLongInstant } from '@/lib/dates/format';

/** What was asked, as much as the notice may show of it (lib/mail/mask.ts). */
export type OwnRppsChange =
  | {
      kind: 'CONTACT';
      /** The new address, masked; null when the email stays. */
      maskedEmail: string | null;
      phone: 'unchanged' | 'removed' | { ending: string };
    }
  | { kind: 'PRACTICE_NAME'; practiceName: string };

export interface RppsOwnChangeFiledProps {
  firstName: string;
  requestNumber: string;
  filedAt: Date;
  change: OwnRppsChange;
  /** Where to report a change one did not make (SUPPORT_EMAIL). */
  supportEmail: string;
}

export const rppsOwnChangeFiledSubject = ({ change }: Pick<RppsOwnChangeFiledProps, 'change'>) =>
  change.kind === 'CONTACT' ? 'Demande de modification de vos données de contact au RPPS' : "Demande de modification de votre nom et prénom d'exercice au RPPS";

/**
 * Sent to the record's email as it was before the change, when a professional signed in with Pro Santé
 * Connect files a change of their own RPPS record (docs/decisions/042, update 2026-12-08): the holder of
 * that address learns of a change they did not make, before it takes their contact data elsewhere.
 */
export function RppsOwnChangeFiledEmail({ firstName, requestNumber, filedAt, change, supportEmail }: RppsOwnChangeFiledProps) {
  const what = change.kind === 'CONTACT' ? 'des données de contact de votre enregistrement' : 'de votre nom et prénom d’exercice';
  return (
    <EmailLayout title={rppsOwnChangeFiledSubject({ change })} preview="Une modification de votre enregistrement RPPS a été demandée.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Une demande de modification {what} au répertoire RPPS a été faite sur Renfort RH Crise le {formatLongInstant(filedAt)}, depuis une
        session ouverte avec Pro Santé Connect (demande n° {requestNumber}).{' '}
        {change.kind === 'CONTACT' ? 'Les données de contact demandées sont :' : 'Le nom et prénom d’exercice demandés sont :'}
      </Paragraph>
      {change.kind === 'CONTACT' ? (
        <Notice>
          {change.maskedEmail ? <>Adresse email : {change.maskedEmail}</> : null}
          {change.maskedEmail && change.phone !== 'unchanged' ? <br /> : null}
          {change.phone === 'removed' ? <>Téléphone mobile : supprimé</> : null}
          {typeof change.phone === 'object' ? <>Téléphone mobile : numéro se terminant par {change.phone.ending}</> : null}
        </Notice>
      ) : (
        <Notice>{change.practiceName}</Notice>
      )}
      {change.kind === 'CONTACT' && change.maskedEmail ? (
        <Paragraph>Une fois la demande acceptée par le répertoire RPPS, cette adresse-ci ne sera plus celle de votre enregistrement.</Paragraph>
      ) : null}
      <Paragraph>
        Si vous n’êtes pas à l’origine de cette demande, quelqu’un a pu utiliser votre e-CPS : prévenez le support sans attendre, à
        l’adresse {supportEmail}, en indiquant le numéro de la demande.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
