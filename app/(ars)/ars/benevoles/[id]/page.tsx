import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { VolunteerSheetPage } from '@/components/regulation/volunteer-sheet-page';
import { requireActor } from '@/lib/auth/session';
import { getVolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { isUuid } from '@/lib/identifiers/uuid';

export const metadata: Metadata = { title: 'Fiche du bénévole — ARS' };

/** A volunteer of volunteerSheetScope (chose the region, or holds a candidacy on one of its missions); any other id answers 404, whether it exists or not. */
export default async function ArsVolunteerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor('ARS');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const found = await getVolunteerSheet(actor, id);
  if (!found) notFound();
  return <VolunteerSheetPage base="/ars" found={found} />;
}
