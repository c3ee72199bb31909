import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getOwnRecord } from '@/lib/professionals/own';
import { updateRecordAction } from './actions';
import { RecordForm } from './_components/record-form';

export const metadata: Metadata = { title: 'Ma fiche' };

export default async function RecordPage() {
  const actor = await requireAreaActor('PROFESSIONAL');
  const record = await getOwnRecord(actor);
  return (
    <div className="space-y-6">
      <PageTitle lead={`Tous les champs sont modifiables, sauf votre courriel${record.certifiedByPsc ? ' et ce que certifie Pro Santé Connect' : ''}. Les champs marqués d’une * sont obligatoires.`}>
        Ma fiche
      </PageTitle>
      <RecordForm saved={record} updateRecord={updateRecordAction} />
    </div>
  );
}
