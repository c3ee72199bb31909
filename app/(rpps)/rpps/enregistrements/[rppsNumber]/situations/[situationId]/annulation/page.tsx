import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getRecordView } from '@/lib/rpps/records';
import { NOT_PROVIDED } from '@/lib/rpps/shared/labels';
import { phoneCountryOptions } from '@/lib/rpps/shared/phone-codes';
import { cancelSituationAction } from '../../../../actions';
import { CancelSituationForm } from '../../../../_components/cancel-situation-form';

export const metadata: Metadata = { title: "Annulation de la situation d'exercice" };

/** Only a situation of the manager's establishments, and not the person's only one; any other id is 404. */
export default async function CancelSituationPage({ params }: { params: Promise<{ rppsNumber: string; situationId: string }> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const { rppsNumber, situationId } = await params;
  const record = await getRecordView(actor, rppsNumber);
  const situation = record?.situations.find((item) => item.id === situationId && item.canCancel);
  if (!record || !situation) notFound();
  return (
    <div className="space-y-4">
      <PageTitle lead="Annulez une situation d'exercice enregistrée par erreur : elle disparaît de l'enregistrement, et la demande en garde la trace. Si le professionnel a quitté l'établissement, fermez plutôt la situation avec sa date de fin de fonction.">
        Annulation de la situation d&apos;exercice
      </PageTitle>
      <CancelSituationForm
        defaults={{
          rppsNumber: record.rppsNumber,
          situationId: situation.id,
          reason: '',
          email: record.contact.email,
          mobilePhoneCountry: record.contact.phoneCountry,
          mobilePhone: record.contact.phoneNational,
        }}
        facts={{
          practiceLastName: record.practiceLastName,
          practiceFirstName: record.practiceFirstName,
          establishment: situation.establishment,
          profession: situation.profession,
          role: situation.role,
          startDate: situation.startDate,
          endDate: situation.endDate ?? NOT_PROVIDED,
        }}
        phoneCountries={phoneCountryOptions()}
        cancel={cancelSituationAction}
      />
    </div>
  );
}
