import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SummarySections } from '@/components/rpps/summary-sections';
import { draftDefaults } from '@/components/rpps/draft-defaults';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getCorrectionView } from '@/lib/rpps/correction';
import { listManagedEstablishments } from '@/lib/rpps/queries';
import { phoneCountryOptions } from '@/lib/rpps/shared/phone-codes';
import type { CorrectPreRegistrationInput } from '@/lib/validation/rpps-procedures';
import { correctPreRegistrationAction } from '../../actions';
import { PreRegistrationCorrectionForm } from '../../_components/pre-registration-correction-form';

export const metadata: Metadata = { title: 'Corriger une demande RPPS' };

/**
 * Guide §4, step 3: « Vérifiez l'exactitude des informations saisies par le professionnel ». Only a
 * pre-registration of the manager's establishments still « En cours d'instruction »; anything else is 404.
 */
export default async function CorrectionPage({ params }: { params: Promise<{ requestId: string }> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const view = await getCorrectionView(actor, (await params).requestId);
  if (!view) notFound();
  const establishments = await listManagedEstablishments(actor);
  return (
    <div className="space-y-6">
      <PageTitle lead="Corrigez les données de contact et la situation d'exercice saisies par le professionnel, puis validez ou refusez sa demande.">
        Corriger la demande n° {view.number}
      </PageTitle>
      <SummarySections sections={[view.civilStatus]} />
      <Alert tone="info" title="L'état civil ne peut pas être modifié">
        Il doit correspondre à la pièce d&apos;identité du professionnel. S&apos;il est inexact, refusez la demande en indiquant le motif : le professionnel
        pourra en déposer une nouvelle.
      </Alert>
      <PreRegistrationCorrectionForm
        requestId={view.id}
        defaults={draftDefaults<CorrectPreRegistrationInput>({ mobilePhoneCountry: 'FR' }, view.values)}
        establishments={establishments.map((establishment) => ({ value: establishment.id, label: establishment.label }))}
        phoneCountries={phoneCountryOptions()}
        correct={correctPreRegistrationAction}
      />
    </div>
  );
}
