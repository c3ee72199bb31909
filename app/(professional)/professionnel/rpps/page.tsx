import type { Metadata } from 'next';
import { FederatedSignIn } from '@/components/auth/federated-sign-in';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { Panel } from '@/components/ui/panel';
import { requireAreaActor } from '@/lib/auth/session';
import { pscButton } from '@/lib/federation/buttons';
import { currentPscSession } from '@/lib/federation/psc-session';
import { getOwnRecord } from '@/lib/rpps/self-service';
import { phoneCountryOptions } from '@/lib/rpps/shared/phone-codes';
import { OwnContactForm, OwnPracticeNameForm } from './_components/own-record-forms';
import { OwnRecordSummary } from './_components/own-record-summary';

export const metadata: Metadata = { title: 'Mon enregistrement RPPS' };

const PAGE_PATH = '/professionnel/rpps';
const ELSEWHERE = 'Pour tout autre changement (situation d’exercice, état civil), adressez-vous au gestionnaire RPPS+ de votre établissement.';

export default async function OwnRppsRecordPage() {
  const actor = await requireAreaActor('PROFESSIONAL');
  const psc = await currentPscSession(actor);
  const record = await getOwnRecord(actor, psc);
  const lead = 'Vos données de contact et votre nom d’exercice dans le répertoire RPPS, modifiés par vous-même avec votre e-CPS.';

  if (!psc) {
    const button = pscButton();
    return (
      <div className="space-y-6">
        <PageTitle lead={lead}>Mon enregistrement RPPS</PageTitle>
        <Alert tone="info" title="Connexion avec Pro Santé Connect nécessaire">
          <p>
            Modifier un enregistrement RPPS demande la preuve de votre identité professionnelle : connectez-vous avec Pro Santé
            Connect (carte CPS ou application e-CPS), même si vous êtes déjà connecté(e) avec votre mot de passe.
          </p>
          <p className="mt-2">{ELSEWHERE}</p>
        </Alert>
        {button ? (
          <FederatedSignIn providers={[button]} callbackUrl={PAGE_PATH} />
        ) : (
          <p data-testid="psc-unavailable">
            Pro Santé Connect n’est pas proposé sur cette plateforme pour le moment : le gestionnaire RPPS+ de votre établissement
            peut faire ces changements pour vous.
          </p>
        )}
      </div>
    );
  }

  if (!record) {
    return (
      <div className="space-y-6">
        <PageTitle lead={lead}>Mon enregistrement RPPS</PageTitle>
        <Alert tone="warning" title="Enregistrement introuvable">
          <p>
            Pro Santé Connect certifie le numéro RPPS {psc.rppsNumber}, mais cet enregistrement n’est pas tenu par cette
            plateforme : modifiez-le auprès de l’Ordre ou du gestionnaire RPPS+ qui l’a créé.
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <PageTitle lead={lead}>Mon enregistrement RPPS</PageTitle>
      <OwnRecordSummary record={record} />
      <Panel
        id="contact"
        title="Mes données de contact"
        lead="Elles restent confidentielles : elles servent à vous informer et à activer votre e-CPS."
      >
        <OwnContactForm
          defaults={{ email: record.contact.email, mobilePhoneCountry: record.contact.phoneCountry, mobilePhone: record.contact.phoneNational }}
          phoneCountries={phoneCountryOptions()}
        />
      </Panel>
      <Panel id="practice-name" title="Mon nom et prénom d’exercice">
        <OwnPracticeNameForm defaults={{ practiceLastName: record.practiceLastName, practiceFirstName: record.practiceFirstName }} />
      </Panel>
      <p className="text-sm text-muted">{ELSEWHERE}</p>
    </div>
  );
}
