import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getRecordView } from '@/lib/rpps/records';
import { CloseSituationForm } from '../../../../_components/close-situation-form';

export const metadata: Metadata = { title: "Fermeture de la situation d'exercice" };

/** Only an open situation of the manager's establishments can be closed; any other id is 404. */
export default async function CloseSituationPage({ params }: { params: Promise<{ rppsNumber: string; situationId: string }> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const { rppsNumber, situationId } = await params;
  const record = await getRecordView(actor, rppsNumber);
  const situation = record?.situations.find((item) => item.id === situationId && item.canClose);
  if (!record || !situation) notFound();
  return (
    <div className="space-y-4">
      <PageTitle lead="Pour fermer la situation d'exercice, saisissez la date de fin de fonction. Les autres champs ne sont pas à modifier.">
        Fermeture de la situation d&apos;exercice
      </PageTitle>
      <CloseSituationForm
        defaults={{ rppsNumber: record.rppsNumber, situationId: situation.id, endDate: '' }}
        facts={{
          practiceLastName: record.practiceLastName,
          practiceFirstName: record.practiceFirstName,
          establishment: situation.establishment,
          startDate: situation.startDate,
        }}
      />
    </div>
  );
}
