import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { countryOptions, FRANCE } from '@/lib/rpps/shared/countries';
import { CivilStatusStep } from '../_components/civil-status-step';
import { Stepper } from '../_components/stepper';

export const metadata: Metadata = { title: 'Ajouter un enregistrement' };

/** Step 1 of a new registration: nothing is saved until « Valider ». */
export default async function NewRegistrationPage() {
  const actor = await requireAreaActor('RPPS_MANAGER');
  return (
    <div className="space-y-4">
      <PageTitle lead="Enregistrez un professionnel de vos établissements dans le répertoire RPPS, en quatre étapes.">Ajouter un enregistrement</PageTitle>
      {actor.establishmentIds.length === 0 ? (
        <Alert tone="warning">Votre compte n&apos;est rattaché à aucun établissement : contactez le support pour enregistrer des professionnels.</Alert>
      ) : null}
      <Stepper requestId={null} current={1} reached={1} />
      <h2 className="text-xl font-bold">Étape 1 sur 4 : État civil</h2>
      <CivilStatusStep requestId={null} defaults={{ birthCountry: FRANCE }} countries={countryOptions()} />
    </div>
  );
}
