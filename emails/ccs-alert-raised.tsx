import { EmailLayout } from './components/layout';
import { LinkButton } from './components/link-button';
import { Greeting, Paragraph, Signature } from './components/paragraph';
import { formatLongDay } from '@/lib/dates/format';

export interface CcsAlertRaisedProps {
  firstName?: string;
  /** The ARS that raised the alert, e.g. « ARS Occitanie ». */
  arsName: string;
  establishmentName: string;
  city: string;
  /** Profession (and speciality) of the mission, e.g. « Infirmier ». */
  missionLabel: string;
  startDate: Date;
  endDate: Date;
  requestedCount: number;
  filledCount: number;
  missionUrl: string;
}

/** SPEC §9 fixes it: the CCS agent triages from the inbox by establishment and profession. */
export const ccsAlertRaisedSubject = (props: Pick<CcsAlertRaisedProps, 'establishmentName' | 'missionLabel'>) =>
  `Alerte CCS : ${props.establishmentName}, ${props.missionLabel}`;

/** SPEC §15: every CCS agent who keeps the notification on is told when an ARS raises « Alerte CCS » (SPEC §7.2). */
export function CcsAlertRaisedEmail(props: CcsAlertRaisedProps) {
  const { firstName, arsName, establishmentName, city, missionLabel, startDate, endDate, requestedCount, filledCount, missionUrl } = props;
  return (
    <EmailLayout title={ccsAlertRaisedSubject(props)} preview={`${missionLabel} — ${establishmentName} (${city})`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        L’{arsName} alerte le Centre de crise sanitaire d’un besoin complémentaire de candidats pour la mission {missionLabel} de
        l’établissement {establishmentName} ({city}), du {formatLongDay(startDate)} au {formatLongDay(endDate)}.
      </Paragraph>
      <Paragraph>
        Postes pourvus : {filledCount} sur {requestedCount}. Vous pouvez ouvrir le vivier national pour cette mission.
      </Paragraph>
      <LinkButton href={missionUrl}>Voir la mission</LinkButton>
      <Paragraph>Vous recevez ce message parce que la notification « Alerte CCS » est activée dans « Mon compte ».</Paragraph>
      <Signature />
    </EmailLayout>
  );
}
