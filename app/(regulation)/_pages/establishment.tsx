import { notFound } from 'next/navigation';
import { RegulatorEstablishmentPage } from '@/components/regulation/establishment-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getRegulatorEstablishment } from '@/lib/establishments/regulator-detail';
import { isUuid } from '@/lib/identifiers/uuid';
import { readPage } from '@/lib/url/query-params';
import type { SearchParams } from './regulator-page';

/** An establishment of the ARS's region, or of the country for the CCS; any other id answers 404 (SPEC §2). */
export async function establishment(area: RegulatorRole, { params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const found = await getRegulatorEstablishment(actor, id, readPage(await searchParams));
  if (!found) notFound();
  return <RegulatorEstablishmentPage base={AREAS[area].prefix} establishment={found} />;
}
