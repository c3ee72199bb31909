import { EmailLayout } from './components/layout';
import { Greeting, Paragraph, Signature } from './components/paragraph';

export interface AccountDisabledProps {
  firstName?: string;
  /** Where to ask questions (SUPPORT_EMAIL). */
  supportEmail: string;
}

export const accountDisabledSubject = () => 'Votre compte Renfort RH Crise a été désactivé';

/** SPEC §15: the person is told; the agent's reason stays in the journal (docs/decisions/025). */
export function AccountDisabledEmail({ firstName, supportEmail }: AccountDisabledProps) {
  return (
    <EmailLayout title={accountDisabledSubject()} preview="Vous ne pouvez plus vous connecter à Renfort RH Crise.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre compte Renfort RH Crise a été désactivé par un agent de l&apos;ARS ou du centre de crise sanitaire. Vous ne pouvez plus vous
        connecter, et vos sessions ouvertes ont été fermées.
      </Paragraph>
      <Paragraph>Pour toute question, écrivez au support : {supportEmail}.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}
