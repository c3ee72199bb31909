import { PageTitle } from '@/components/ui/page-title';
import type { RegionSettings } from '@/lib/regulation/settings';
import type { SettingsActions } from '@/components/regulation/action-types';
import { RegionStates } from '@/components/regulation/region-states';
import { ReservationDelayForm } from '@/components/regulation/reservation-delay-form';

/** The body of `/ars/parametres` (its region) and `/ccs/parametres` (any region, chosen in the overview). */
export function SettingsPage({ current, regions, actions, showRegions }: { current: RegionSettings | null; regions: RegionSettings[]; actions: SettingsActions; showRegions: boolean }) {
  return (
    <div className="space-y-6">
      <PageTitle lead="Les réglages de la région appliqués par la plateforme.">Paramètres</PageTitle>
      {showRegions ? (
        <RegionStates
          title="Délai de réservation par région"
          path="/ccs/parametres"
          current={current?.regionCode ?? null}
          rows={regions.map((region) => ({ regionCode: region.regionCode, state: `${region.reservationDelayHours} heures` }))}
        />
      ) : null}
      {current ? (
        <ReservationDelayForm key={current.regionCode} regionCode={current.regionCode} regionName={current.regionName} hours={current.reservationDelayHours} actions={actions} />
      ) : (
        <p className="rounded-lg bg-white p-4 shadow-sm">Choisissez une région dans le tableau ci-dessus pour modifier ses paramètres.</p>
      )}
    </div>
  );
}
