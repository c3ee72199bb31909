import type { Metadata } from 'next';
import Link from 'next/link';
import { MissionFilters } from '@/components/establishment/mission-filters';
import { MissionsTable } from '@/components/establishment/missions-table';
import { PendingReservations } from '@/components/establishment/pending-reservations';
import { TablePagination } from '@/components/table/pagination';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { StatCard } from '@/components/ui/stat-card';
import { requireAreaActor } from '@/lib/auth/session';
import { getEstablishmentCounts, getScopeSummary } from '@/lib/dashboard/counts';
import { listPendingReservations } from '@/lib/dashboard/reservations';
import { listMissionsForActor } from '@/lib/missions/establishment-list';
import { missionListSearch, parseMissionListQuery } from '@/lib/missions/establishment-query';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Tableau de bord établissement' };

/** « nouveau=2 », set by « Nouveau besoin » after saving: how many missions were just added. */
function createdCount(params: SearchParams): number {
  const value = Number(Array.isArray(params.nouveau) ? params.nouveau[0] : params.nouveau);
  return Number.isInteger(value) && value > 0 && value <= 20 ? value : 0;
}

export default async function EstablishmentDashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireAreaActor('ESTABLISHMENT');
  const params = await searchParams;
  const query = parseMissionListQuery(params);
  const now = new Date();
  const [counts, scope, missions, reservations] = await Promise.all([
    getEstablishmentCounts(actor),
    getScopeSummary(actor),
    listMissionsForActor(actor, query),
    listPendingReservations(actor),
  ]);
  const created = createdCount(params);
  return (
    <div className="space-y-6">
      <PageTitle lead="Vos demandes : cliquez sur « Choisir » puis contactez (téléphone, courriel) les candidats qui vous intéressent.">
        Tableau de bord
      </PageTitle>
      {created > 0 ? (
        <Alert tone="success" title={created > 1 ? `${created} missions enregistrées` : 'Mission enregistrée'}>
          {created > 1 ? 'Vos besoins figurent' : 'Votre besoin figure'} dans le tableau ci-dessous. Cliquez sur « Choisir » pour voir les renforts disponibles.
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="Missions ouvertes" value={counts.openMissions} testId="count-open-missions" />
        <StatCard label="Postes demandés" value={counts.positionsRequested} testId="count-positions-requested" />
        <StatCard label="Postes pourvus" value={counts.positionsFilled} testId="count-positions-filled" />
        <StatCard label="Candidats contactés en attente" value={counts.contactedCandidates} testId="count-contacted" />
      </div>
      <PendingReservations rows={reservations} total={counts.contactedCandidates} now={now} />
      <section aria-labelledby="missions-title" className="space-y-4">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <h2 id="missions-title" className="text-xl font-bold">
            Traitement des besoins en renfort pour mon établissement
          </h2>
          <div className="flex flex-wrap gap-3">
            <Link href="/etablissement/besoins/nouveau" className={buttonClasses('primary')}>
              Nouveau besoin
            </Link>
            <Link href="/etablissement/affectations" className={buttonClasses('secondary')}>
              Voir affectation professionnels
            </Link>
          </div>
        </div>
        <p className="text-sm text-muted">
          « POURVUE x/n » compte les renforts validés, pas les candidats : 0/n ne veut pas dire que personne n’est disponible.
          Les missions ne se suppriment pas ; elles sont archivées par l’ARS ou à leur date de fin, et restent consultables
          (« Voir »).{' '}
          {query.status === 'ARCHIVED' ? (
            <Link href={`/etablissement${missionListSearch(query, { status: 'OPEN', page: 1 })}`} className="text-brand underline">
              Voir les missions ouvertes
            </Link>
          ) : (
            <Link href={`/etablissement${missionListSearch(query, { status: 'ARCHIVED', page: 1 })}`} className="text-brand underline">
              Voir les missions archivées
            </Link>
          )}
        </p>
        <MissionFilters query={query} establishments={scope.establishments} />
        <MissionsTable rows={missions.rows} query={query} showEstablishment={scope.establishments.length > 1} />
        <TablePagination
          label="Pages des missions"
          total={missions.total}
          page={missions.page}
          pageSize={missions.pageSize}
          hrefFor={(page) => `/etablissement${missionListSearch(query, { page })}`}
        />
      </section>
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
