import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CandidateSheet } from '@/components/establishment/candidate-sheet';
import { VolunteerCandidacies } from '@/components/regulation/volunteer-candidacies';
import { PageTitle } from '@/components/ui/page-title';
import { requireActor } from '@/lib/auth/session';
import { getVolunteerSheet } from '@/lib/regulation/volunteer-sheet';

export const metadata: Metadata = { title: 'Fiche du bénévole — ARS' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A volunteer who chose the ARS's region; any other id answers 404, whether it exists or not. */
export default async function ArsVolunteerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor('ARS');
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const found = await getVolunteerSheet(actor, id);
  if (!found) notFound();
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <p>
        <Link href="/ars/benevoles" className="text-brand underline">
          Retour aux bénévoles
        </Link>
      </p>
      <PageTitle lead="Fiche du bénévole : coordonnées, profession, disponibilités, documents et candidatures.">
        {found.sheet.firstName} {found.sheet.lastName}
      </PageTitle>
      <CandidateSheet sheet={found.sheet} />
      <VolunteerCandidacies rows={found.candidacies} base="/ars" />
    </div>
  );
}
