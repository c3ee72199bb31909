import { IndicatorsPage } from '@/components/indicators/indicators-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getIndicators } from '@/lib/indicators/get-indicators';
import { rangeFromSearchParams } from '@/lib/indicators/range';
import type { SearchParams } from './regulator-page';

export async function indicators(area: RegulatorRole, { searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const { range, error } = rangeFromSearchParams(await searchParams);
  const report = await getIndicators(actor, range);
  return <IndicatorsPage report={report} action={`${AREAS[area].prefix}/indicateurs`} rangeError={error} />;
}
