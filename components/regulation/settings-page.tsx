import { PageTitle } from '@/components/ui/page-title';
import type { RegionSettings } from '@/lib/regulation/settings';
import type { NationalSettings } from '@/lib/regulation/national-settings';
import type { SettingsActions } from '@/components/regulation/action-types';
import { CheckinPeriodForm } from '@/components/regulation/checkin-period-form';
import { RegionStates } from '@/components/regulation/region-states';
import { ReservationDelayForm } from '@/components/regulation/reservation-delay-form';
import { PscRequirementForm } from '@/components/regulation/psc-requirement-form';
import type { PscRequirementSetting } from '@/lib/federation/psc-requirement';

/**
 * The body of `/ars/parametres` (its region) and `/ccs/parametres` (any region, chosen in the overview).
 * The national period of the check-ins: a form for the CCS (given `actions.saveCheckinPeriod`), a
 * sentence for an ARS.
 */
export function SettingsPage({
  current,
  regions,
  actions,
  showRegions,
  national,
  pscRequirement = null,
}: {
  current: RegionSettings | null;
  regions: RegionSettings[];
  actions: SettingsActions;
  showRegions: boolean;
  national: NationalSettings | null;
  /** The CCS's « Exiger Pro Santé Connect pour les gestionnaires RPPS+ » (SPEC §16). */
  pscRequirement?: PscRequirementSetting | null;
}) {
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
      {national && actions.saveCheckinPeriod ? (
        <CheckinPeriodForm days={national.checkinPeriodDays} save={actions.saveCheckinPeriod} />
      ) : national ? (
        <p className="rounded-lg bg-white p-4 shadow-sm" data-testid="checkin-period">
          Relance des disponibilités (réglée par le CCS) : un professionnel « Disponible » qui n’a rien confirmé depuis{' '}
          {national.checkinPeriodDays} jours reçoit « Êtes-vous toujours disponible ? ».
        </p>
      ) : null}
      {pscRequirement && actions.savePscRequirement ? <PscRequirementForm setting={pscRequirement} save={actions.savePscRequirement} /> : null}
    </div>
  );
}
