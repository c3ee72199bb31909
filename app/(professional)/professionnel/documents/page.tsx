import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { listOwnDocuments } from '@/lib/professionals/own';
import { deleteDocumentAction, uploadDocumentAction } from './actions';
import { DocumentCard } from './_components/document-card';

export const metadata: Metadata = { title: 'Mes documents' };

export default async function DocumentsPage() {
  const actor = await requireAreaActor('PROFESSIONAL');
  const documents = await listOwnDocuments(actor);
  return (
    <div className="space-y-6">
      <PageTitle lead="Les établissements avec lesquels vous avez une candidature, l’ARS de votre région et le CCS peuvent les consulter ; chaque consultation est enregistrée.">Mes documents</PageTitle>
      <DocumentCard kind="IDENTITY" title="Pièce d'identité" document={documents.IDENTITY} upload={uploadDocumentAction} remove={deleteDocumentAction} />
      <DocumentCard kind="DIPLOMA" title="Diplôme" document={documents.DIPLOMA} upload={uploadDocumentAction} remove={deleteDocumentAction} />
    </div>
  );
}
