import Link from 'next/link';
import { StatCard } from '@/components/ui/stat-card';
import type { RegulatorCounts } from '@/lib/dashboard/counts';

/** `requestsHref`: the validation queue the pending-requests card leads to (`/ars/demandes`, `/ccs/demandes`). */
export function RegulatorCountCards({ counts, requestsHref }: { counts: RegulatorCounts; requestsHref: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      <Link href={requestsHref} className="block rounded-lg underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-brand">
        <StatCard label="Demandes de compte en attente" value={counts.pendingAccountRequests} testId="count-pending-requests" />
      </Link>
      <StatCard label="Missions ouvertes" value={counts.openMissions} testId="count-open-missions" />
      <StatCard label="Alertes CCS" value={counts.ccsAlerts} testId="count-ccs-alerts" />
      <StatCard label="Professionnels disponibles" value={counts.availableVolunteers} testId="count-available-volunteers" />
      <StatCard label="Établissements" value={counts.establishments} testId="count-establishments" />
    </div>
  );
}
