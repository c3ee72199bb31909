import { StatCard } from '@/components/ui/stat-card';
import type { RegulatorCounts } from '@/lib/dal/dashboard';

export function RegulatorCountCards({ counts }: { counts: RegulatorCounts }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      <StatCard label="Demandes de compte en attente" value={counts.pendingAccountRequests} testId="count-pending-requests" />
      <StatCard label="Missions ouvertes" value={counts.openMissions} testId="count-open-missions" />
      <StatCard label="Alertes CCS" value={counts.ccsAlerts} testId="count-ccs-alerts" />
      <StatCard label="Professionnels disponibles" value={counts.availableVolunteers} testId="count-available-volunteers" />
      <StatCard label="Établissements" value={counts.establishments} testId="count-establishments" />
    </div>
  );
}
