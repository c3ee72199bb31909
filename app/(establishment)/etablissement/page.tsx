import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { StatCard } from '@/components/ui/stat-card';
import { requireActor } from '@/lib/auth/session';
import { getEstablishmentCounts, getScopeSummary } from '@/lib/dal/dashboard';

export const metadata: Metadata = { title: 'Tableau de bord établissement' };

export default async function EstablishmentDashboardPage() {
  const actor = await requireActor('ESTABLISHMENT');
  const [counts, scope] = await Promise.all([getEstablishmentCounts(actor), getScopeSummary(actor)]);
  return (
    <div className="space-y-6">
      <PageTitle>Tableau de bord</PageTitle>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="Missions ouvertes" value={counts.openMissions} testId="count-open-missions" />
        <StatCard label="Postes demandés" value={counts.positionsRequested} testId="count-positions-requested" />
        <StatCard label="Postes pourvus" value={counts.positionsFilled} testId="count-positions-filled" />
        <StatCard label="Candidats contactés en attente" value={counts.contactedCandidates} testId="count-contacted" />
      </div>
      <section aria-labelledby="establishments-title" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="establishments-title" className="text-lg font-bold">Mes établissements</h2>
        <ul className="mt-2 space-y-1">
          {scope.establishments.map((establishment) => (
            <li key={establishment.id}>
              <Link href={`/etablissement/structures/${establishment.id}`} className="text-brand underline">
                {establishment.name}
              </Link>{' '}
              <span className="text-sm text-muted">
                {establishment.finess ? `FINESS ${establishment.finess}` : `GID ${establishment.gid}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
