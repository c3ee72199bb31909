import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { VolunteerSheetPage } from '@/components/regulation/volunteer-sheet-page';
import { requireActor } from '@/lib/auth/session';
import { getVolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { isUuid } from '@/lib/identifiers/uuid';

export const metadata: Metadata = { title: 'Fiche du bénévole — CCS' };

/** Any volunteer of the country; an unknown id answers 404. */
export default async function CcsVolunteerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor('CCS');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const found = await getVolunteerSheet(actor, id);
  if (!found) notFound();
  return <VolunteerSheetPage base="/ccs" found={found} />;
}
