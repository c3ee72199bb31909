import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { VolunteerSheetPage } from '@/components/regulation/volunteer-sheet-page';
import { requireActor } from '@/lib/auth/session';
import { getVolunteerSheet } from '@/lib/regulation/volunteer-sheet';

export const metadata: Metadata = { title: 'Fiche du bénévole — CCS' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any volunteer of the country; an unknown id answers 404. */
export default async function CcsVolunteerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor('CCS');
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const found = await getVolunteerSheet(actor, id);
  if (!found) notFound();
  return <VolunteerSheetPage base="/ccs" found={found} />;
}
