import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { countryOptions } from '@/lib/rpps/shared/countries';
import { phoneCountryOptions } from '@/lib/rpps/shared/phone-codes';
import { savePreRegistrationDraftAction, submitPreRegistrationAction } from './actions';
import { PreRegistrationForm } from './_components/pre-registration-form';

export const metadata: Metadata = { title: 'Pré-enregistrement RPPS+' };

/** The professional enters their own data; a RPPS+ manager of the chosen establishment instructs it. */
export default function PreRegistrationPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageTitle lead="Professionnel du secteur social ou médico-social, demandez votre enregistrement dans le répertoire RPPS. Un gestionnaire RPPS+ de votre établissement vous rencontrera pour vérifier vos données, puis validera votre demande : vous recevrez alors votre numéro RPPS par email.">
        Pré-enregistrement dans le répertoire RPPS
      </PageTitle>
      <PreRegistrationForm
        countries={countryOptions()}
        phoneCountries={phoneCountryOptions()}
        actions={{ submit: submitPreRegistrationAction, saveDraft: savePreRegistrationDraftAction }}
      />
    </div>
  );
}
