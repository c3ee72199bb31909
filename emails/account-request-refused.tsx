import { EmailLayout } from './components/layout';
import { Greeting, Notice, Paragraph, Signature } from './components/paragraph';

export interface AccountRequestRefusedProps {
  firstName?: string;
  /** Written by the ARS or the CCS who refused. */
  reason: string;
}

export const accountRequestRefusedSubject = () => "Votre demande de compte n'a pas été retenue";

export function AccountRequestRefusedEmail({ firstName, reason }: AccountRequestRefusedProps) {
  return (
    <EmailLayout title={accountRequestRefusedSubject()} preview="Votre demande de compte établissement n'a pas été retenue.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre demande de création de compte établissement sur Renfort RH Crise n&apos;a pas été retenue, pour le motif
        suivant :
      </Paragraph>
      <Notice>{reason}</Notice>
      <Paragraph>
        Pour toute question, vous pouvez vous rapprocher de votre agence régionale de santé.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}
