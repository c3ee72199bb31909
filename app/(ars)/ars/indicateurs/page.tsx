import type { Metadata } from 'next';
import { IndicatorsPage } from '@/components/indicators/indicators-page';
import { requireActor } from '@/lib/auth/session';
import { getIndicators } from '@/lib/indicators/get-indicators';
import { rangeFromSearchParams } from '@/lib/indicators/range';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Indicateurs — ARS' };

export default async function ArsIndicatorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('ARS');
  const { range, error } = rangeFromSearchParams(await searchParams);
  const report = await getIndicators(actor, range);
  return <IndicatorsPage report={report} action="/ars/indicateurs" rangeError={error} />;
}
