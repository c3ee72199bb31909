import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getRecordView } from '@/lib/rpps/records';
import { PracticeNameForm } from '../../_components/practice-name-form';

export const metadata: Metadata = { title: "Modifier le nom et le prénom d'exercice" };

export default async function PracticeNamePage({ params }: { params: Promise<{ rppsNumber: string }> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const record = await getRecordView(actor, (await params).rppsNumber);
  if (!record) notFound();
  return (
    <div className="space-y-4">
      <PageTitle lead={`RPPS : ${record.rppsNumber}. Les données renseignées ici sont publiées dans l'Annuaire Santé.`}>
        Modifier le nom et le prénom d&apos;exercice
      </PageTitle>
      <PracticeNameForm defaults={{ rppsNumber: record.rppsNumber, practiceLastName: record.practiceLastName, practiceFirstName: record.practiceFirstName }} />
    </div>
  );
}
