import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { CandidateFilters } from '@/components/candidates/candidate-filters';
import { choosingState } from '@/components/candidates/choosing-notices';
import { FilterChips } from '@/components/candidates/filter-chips';
import { activeFilters, filterFields } from '@/components/candidates/filter-model';
import { MissionSummary } from '@/components/candidates/mission-summary';
import { Pagination } from '@/components/candidates/pagination';
import { candidateSearch } from '@/components/candidates/query-url';
import type { CandidateQuery } from '@/lib/candidates/query';
import { professionsMatching } from '@/lib/candidates/criteria';
import type { ProposerView } from '@/lib/candidates/proposer';
import type { ProposerActions } from '@/components/regulation/action-types';
import { formatDay } from '@/lib/dates/format';
import { professionLabel } from '@/components/establishment/format';
import { regionName } from '@/components/regulation/format';
import { MissionCandidacies } from '@/components/regulation/mission-candidacies';
import { MissionRegulationBar } from '@/components/regulation/mission-regulation-bar';
import { ProposerTable } from '@/components/regulation/proposer-table';

function poolText(view: ProposerView): string {
  if (view.anyRegion) return 'Renforts de toutes les régions correspondant à la mission, les plus disponibles et les plus proches d’abord.';
  const region = regionName(view.mission.regionCode);
  return view.mission.nationalPoolOpen
    ? `Renforts de la région ${region} et du vivier national (mobilisation « Nationale »), les plus disponibles et les plus proches d’abord.`
    : `Renforts de la région ${region} correspondant à la mission, les plus disponibles et les plus proches d’abord.`;
}

/** The body of `/ars/missions/[id]` and `/ccs/missions/[id]`: SPEC §7.2 « Proposer ». */
export function ProposerPage({ base, view, query, actions }: { base: '/ars' | '/ccs'; view: ProposerView; query: CandidateQuery; actions: ProposerActions }) {
  const { mission, result } = view;
  const pathname = `${base}/missions/${mission.id}`;
  const state = choosingState(mission);
  const fields = filterFields(professionsMatching(mission.professionCode, mission.vaccinationSupport));
  const filters = activeFilters(query, fields);
  const label = `${professionLabel(mission.professionCode)}, ${mission.establishmentName}, à partir du ${formatDay(mission.startDate)}`;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`${base}/missions`} className="text-brand underline">
          Retour aux missions
        </Link>
      </p>
      <PageTitle
        lead={
          <Link href={`${base}/etablissements/${mission.establishmentId}`} className="text-brand underline">
            {mission.establishmentName}
          </Link>
        }
      >Proposer des renforts — {professionLabel(mission.professionCode)}</PageTitle>
      <MissionSummary mission={mission} />
      <MissionRegulationBar
        missionId={mission.id}
        missionLabel={label}
        open={mission.status === 'OPEN'}
        ccsAlertAt={view.ccsAlertAt}
        nationalPoolOpen={mission.nationalPoolOpen}
        actions={actions}
      />
      <section aria-labelledby="candidacies-title" className="space-y-3">
        <h2 id="candidacies-title" className="text-xl font-bold">
          Propositions et candidatures
        </h2>
        <MissionCandidacies rows={view.candidacies} withdraw={actions.withdraw} release={actions.release} />
      </section>
      <section aria-labelledby="pool-title" className="space-y-4">
        <h2 id="pool-title" className="text-xl font-bold">
          Renforts correspondant à la mission
        </h2>
        <p className="text-sm text-muted">{poolText(view)}</p>
        <p className="text-sm text-muted">
          Chaque renfort est listé quelle que soit sa mobilisation : la colonne « Distance » signale ceux qui sont au-delà, que l’établissement ne voit
          pas sans votre proposition.
        </p>
        {state === 'filled' ? <Alert tone="success" title={`Cette mission est pourvue (${mission.filledCount}/${mission.requestedCount}).`}>Il n’est plus possible d’y proposer de renfort.</Alert> : null}
        {state === 'archived' ? <Alert tone="warning" title="Cette mission est archivée.">Il n’est plus possible d’y proposer de renfort.</Alert> : null}
        <CandidateFilters key={candidateSearch(query)} pathname={pathname} query={query} fields={fields} open={filters.length > 0} />
        <FilterChips pathname={pathname} query={query} filters={filters} />
        {result.total === 0 ? (
          <p data-testid="no-candidates" className="rounded-lg bg-white p-4 shadow-sm">
            {filters.length > 0 ? 'Aucun renfort ne correspond à ces filtres.' : 'Aucun renfort disponible ne correspond pour le moment aux critères de cette mission.'}
          </p>
        ) : null}
        <ProposerTable
          missionId={mission.id}
          establishmentName={mission.establishmentName}
          base={base}
          pathname={pathname}
          query={query}
          rows={result.rows}
          canAct={state === 'open'}
          actions={actions}
        />
        <Pagination pathname={pathname} query={query} total={result.total} pageSize={result.pageSize} />
      </section>
    </div>
  );
}
