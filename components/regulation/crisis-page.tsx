import { PageTitle } from '@/components/ui/page-title';
import type { CrisisOverview, RegionCrisisState } from '@/lib/regulation/crisis';
import type { CrisisActions } from '@/components/regulation/action-types';
import { CrisisHistory } from '@/components/regulation/crisis-history';
import { CrisisPanel } from '@/components/regulation/crisis-panel';
import { professionLabel } from '@/components/establishment/format';
import { regionName } from '@/components/regulation/format';
import { RegionStates } from '@/components/regulation/region-states';

function stateText(state: RegionCrisisState): string {
  if (!state.active) return 'Mode direct';
  return state.active.allProfessions ? 'Gestion de crise : toutes les professions' : `Gestion de crise : ${state.active.professionCodes.map(professionLabel).join(', ')}`;
}

/** The body of `/ars/crise` (its region) and `/ccs/crise` (any region, chosen in the overview). */
export function CrisisPage({ overview, states, actions, showRegions }: { overview: CrisisOverview | null; states: RegionCrisisState[]; actions: CrisisActions; showRegions: boolean }) {
  return (
    <div className="space-y-6">
      <PageTitle lead="En gestion de crise, les établissements de la région ne voient plus directement les renforts correspondant à leurs missions : l’ARS (ou le CCS) sélectionne les renforts et les leur propose. Chaque changement est journalisé et s’applique dès le chargement suivant de leurs pages.">
        Gestion de crise
      </PageTitle>
      {showRegions ? <RegionStates title="Les régions" path="/ccs/crise" current={overview?.regionCode ?? null} rows={states.map((state) => ({ regionCode: state.regionCode, state: stateText(state) }))} /> : null}
      {overview ? (
        <>
          <CrisisPanel key={overview.regionCode} regionCode={overview.regionCode} regionName={regionName(overview.regionCode)} active={overview.active} actions={actions} />
          <CrisisHistory history={overview.history} />
        </>
      ) : (
        <p className="rounded-lg bg-white p-4 shadow-sm">Choisissez une région dans le tableau ci-dessus pour activer, modifier ou désactiver son mode gestion de crise.</p>
      )}
    </div>
  );
}
