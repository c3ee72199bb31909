import { PageTitle } from '@/components/ui/page-title';
import { RegulatorCountCards } from '@/components/dashboard/regulator-count-cards';
import type { RegulatorCounts } from '@/lib/dashboard/counts';

/** The body of `/ars` (its region) and `/ccs` (the country): the counts of the scope. */
export function RegulatorDashboardPage({ base, title, counts }: { base: '/ars' | '/ccs'; title: string; counts: RegulatorCounts }) {
  return (
    <div className="space-y-6">
      <PageTitle>{title}</PageTitle>
      <RegulatorCountCards counts={counts} requestsHref={`${base}/demandes`} />
    </div>
  );
}
