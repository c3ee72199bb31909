import { CandidateFilters } from '@/components/candidates/candidate-filters';
import { CandidateTable } from '@/components/candidates/candidate-table';
import { FilterChips } from '@/components/candidates/filter-chips';
import { activeFilters, filterFields } from '@/components/candidates/filter-model';
import { Pagination } from '@/components/candidates/pagination';
import { candidateSearch } from '@/components/candidates/query-url';
import { CandidateMapLoader } from '@/components/map/candidate-map-loader';
import { professionsMatching } from '@/lib/candidates/criteria';
import type { MissionForChoosing } from '@/lib/candidates/mission-search';
import type { CandidateQuery } from '@/lib/candidates/query';
import type { CandidateSearchResult } from '@/lib/candidates/search';
import { contactCandidateAction, refuseCandidaciesAction, validateCandidaciesAction } from '../actions';

/** « Choisir » (SPEC §6.4), while positions remain: the map and the table of the mission's candidates. */
export function ChoosingView({ mission, query, result, now }: { mission: MissionForChoosing; query: CandidateQuery; result: CandidateSearchResult; now: string }) {
  const pathname = `/etablissement/besoins/${mission.id}`;
  const fields = filterFields(professionsMatching(mission.professionCode, mission.vaccinationSupport));
  const filters = activeFilters(query, fields);
  const establishment =
    mission.longitude !== null && mission.latitude !== null
      ? { name: mission.establishmentName, longitude: mission.longitude, latitude: mission.latitude }
      : null;
  const actions = { contact: contactCandidateAction, validate: validateCandidaciesAction, refuse: refuseCandidaciesAction };

  return (
    <>
      <section aria-labelledby="map-title" className="space-y-2">
        <h2 id="map-title" className="text-xl font-bold">
          Carte des candidats
        </h2>
        <CandidateMapLoader
          missionId={mission.id}
          map={result.map}
          tableSearch={candidateSearch(query)}
          establishment={establishment}
          canContact
          contact={contactCandidateAction}
        />
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
          canContact
          positionsLeft={Math.max(0, mission.requestedCount - mission.filledCount)}
          now={now}
          actions={actions}
        />
        <Pagination pathname={pathname} query={query} total={result.total} pageSize={result.pageSize} />
      </section>
    </>
  );
}
