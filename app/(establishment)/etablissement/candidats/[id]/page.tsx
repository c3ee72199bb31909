import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CandidateSheet } from '@/components/establishment/candidate-sheet';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getCandidateSheet } from '@/lib/candidates/sheet';

export const metadata: Metadata = { title: 'Fiche du renfort' };

/**
 * Opened in a new tab from « Choisir » (so the table's filters stay) and from the assignments. Visible
 * only while the volunteer matches one of the account's open missions or has a candidacy with it; any
 * other id answers 404, whether it exists or not (SPEC §2).
 */
export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAreaActor('ESTABLISHMENT');
  const { id } = await params;
  const sheet = await getCandidateSheet(actor, id);
  if (!sheet) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle lead="Fiche du renfort : coordonnées, profession, disponibilités et documents.">
        {sheet.firstName} {sheet.lastName}
      </PageTitle>
      <CandidateSheet sheet={sheet} />
    </div>
  );
}
