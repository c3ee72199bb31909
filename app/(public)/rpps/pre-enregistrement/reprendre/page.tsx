import type { Metadata } from 'next';
import { draftDefaults } from '@/components/rpps/draft-defaults';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { findDraftByToken } from '@/lib/rpps/pre-registration-draft';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import { countryOptions } from '@/lib/rpps/shared/countries';
import { RPPS_STATUS_LABELS } from '@/lib/rpps/shared/labels';
import { phoneCountryOptions } from '@/lib/rpps/shared/phone-codes';
import type { PreRegistrationInput } from '@/lib/validation/rpps';
import { savePreRegistrationDraftAction, submitPreRegistrationAction } from '../actions';
import { AbandonButton } from '../_components/abandon-button';
import { PreRegistrationForm } from '../_components/pre-registration-form';

export const metadata: Metadata = { title: 'Reprendre ma demande RPPS', referrer: 'no-referrer' };

/**
 * The link of « Votre demande d'enregistrement RPPS est enregistrée » (decision 033): the saved draft,
 * to complete and send, or to abandon. Once sent or abandoned, only its number and status.
 */
export default async function ResumePage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton } = await searchParams;
  const draft = jeton && jeton.length <= 200 ? await findDraftByToken(jeton) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageTitle lead="Complétez votre demande puis envoyez-la : un gestionnaire RPPS+ de votre établissement vous rencontrera pour vérifier vos données, puis la validera.">
        Reprendre ma demande d&apos;enregistrement RPPS
      </PageTitle>
      {!draft || !jeton ? (
        <Alert tone="error">{RPPS_MESSAGES.unknownLink}</Alert>
      ) : !draft.resumable ? (
        <Alert tone="info" title={`Demande n° ${draft.number}`}>
          {RPPS_MESSAGES.draftClosed} Statut : {RPPS_STATUS_LABELS[draft.status]}.
        </Alert>
      ) : (
        <>
          <Alert tone="info" title={`Demande n° ${draft.number} : ${RPPS_STATUS_LABELS[draft.status]}`}>
            Elle n&apos;est pas encore envoyée : le gestionnaire RPPS+ ne l&apos;instruira qu&apos;une fois envoyée.
          </Alert>
          <PreRegistrationForm
            countries={countryOptions()}
            phoneCountries={phoneCountryOptions()}
            actions={{ submit: submitPreRegistrationAction, saveDraft: savePreRegistrationDraftAction }}
            draft={{
              token: jeton,
              number: draft.number,
              values: draftDefaults<PreRegistrationInput>({ birthCountry: 'FR', mobilePhoneCountry: 'FR' }, draft.values),
              establishmentLabel: draft.establishmentLabel,
            }}
          />
          <h2 className="pt-4 text-lg font-bold">Vous ne souhaitez plus donner suite ?</h2>
          <AbandonButton token={jeton} number={draft.number} />
        </>
      )}
    </div>
  );
}
