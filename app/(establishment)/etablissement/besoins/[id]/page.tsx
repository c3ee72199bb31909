import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { CandidateFilters } from '@/components/candidates/candidate-filters';
import { CandidateTable } from '@/components/candidates/candidate-table';
import { ChoosingNotices, choosingState } from '@/components/candidates/choosing-notices';
import { FilterChips } from '@/components/candidates/filter-chips';
import { activeFilters, filterFields } from '@/components/candidates/filter-model';
import { MissionSummary } from '@/components/candidates/mission-summary';
import { Pagination } from '@/components/candidates/pagination';
import { candidateSearch } from '@/components/candidates/query-url';
import { CandidateMapLoader } from '@/components/map/candidate-map-loader';
import { requireAreaActor } from '@/lib/auth/session';
import { searchCandidatesForActor } from '@/lib/candidates/search';
import { professionsMatching } from '@/lib/candidates/criteria';
import { getProfession } from '@/lib/reference/professions';
import { contactCandidateAction, refuseCandidaciesAction, validateCandidaciesAction } from './actions';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { isUuid } from '@/lib/identifiers/uuid';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Choisir des renforts' };

/** « Choisir » (SPEC §6.4): the mission, the map and the table of its candidates, filtered by the URL. */
export default async function ChooseCandidatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireAreaActor('ESTABLISHMENT');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const query = parseCandidateQuery(await searchParams);
  const found = await searchCandidatesForActor(actor, id, query);
  if (!found) notFound();
  const { mission, result } = found;

  const pathname = `/etablissement/besoins/${mission.id}`;
  const state = choosingState(mission);
  const fields = filterFields(professionsMatching(mission.professionCode, mission.vaccinationSupport));
  const filters = activeFilters(query, fields);
  const establishment =
    mission.longitude !== null && mission.latitude !== null
      ? { name: mission.establishmentName, longitude: mission.longitude, latitude: mission.latitude }
      : null;
  const actions = { contact: contactCandidateAction, validate: validateCandidaciesAction, refuse: refuseCandidaciesAction };

  return (
    <div className="space-y-6">
      <p>
        <Link href="/etablissement" className="text-brand underline">
          Retour au tableau de bord
        </Link>
      </p>
      <PageTitle lead={mission.establishmentName}>Choisir des renforts — {getProfession(mission.professionCode)?.label ?? mission.professionCode}</PageTitle>
      <Alert tone="info" title="Proposition de renfort : n’oubliez pas de mettre à jour le statut">
        Contactez les candidats qui vous intéressent, puis validez ou refusez leur candidature : un candidat refusé redevient
        disponible pour les autres établissements.
      </Alert>
      <MissionSummary mission={mission} />
      <ChoosingNotices mission={mission} />

      <section aria-labelledby="map-title" className="space-y-2">
        <h2 id="map-title" className="text-xl font-bold">
          Carte des candidats
        </h2>
        <CandidateMapLoader missionId={mission.id} points={result.points} establishment={establishment} canContact={state === 'open'} contact={contactCandidateAction} />
        <p className="text-sm text-muted">
          En vert : votre établissement. En bleu : les candidats du tableau, placés selon leur code postal (un cercle numéroté
          regroupe plusieurs candidats : cliquez pour zoomer). Le tableau ci-dessous reprend les mêmes candidats et permet d’agir au
          clavier.
        </p>
      </section>

      <section aria-labelledby="candidates-title" className="space-y-4">
        <h2 id="candidates-title" className="text-xl font-bold">
          Candidats
        </h2>
        <CandidateFilters key={candidateSearch(query)} pathname={pathname} query={query} fields={fields} open={filters.length > 0} />
        <FilterChips pathname={pathname} query={query} filters={filters} />
        {result.total === 0 ? (
          <p data-testid="no-candidates" className="rounded-lg bg-white p-4 shadow-sm">
            {filters.length > 0
              ? 'Aucun candidat ne correspond à ces filtres.'
              : mission.crisisModeActive
                ? 'L’ARS ne vous a pas encore proposé de renfort pour cette mission.'
                : 'Aucun candidat ne correspond pour le moment aux critères de cette mission (profession, région, critères demandés). Revenez plus tard : de nouveaux volontaires s’inscrivent chaque jour.'}
          </p>
        ) : null}
        <CandidateTable
          missionId={mission.id}
          pathname={pathname}
          query={query}
          rows={result.rows}
          canContact={state === 'open'}
          positionsLeft={state === 'archived' ? 0 : Math.max(0, mission.requestedCount - mission.filledCount)}
          actions={actions}
        />
        <Pagination pathname={pathname} query={query} total={result.total} pageSize={result.pageSize} />
      </section>
    </div>
  );
}
