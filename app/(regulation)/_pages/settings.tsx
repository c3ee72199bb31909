import { SettingsPage } from '@/components/regulation/settings-page';
import type { RegulatorRole } from '@/lib/access/roles';
import { regionForPage } from '@/lib/access/checks';
import { requireAreaActor } from '@/lib/auth/session';
import { getRegionSettings, listRegionSettings } from '@/lib/regulation/settings';
import { getNationalSettings } from '@/lib/regulation/national-settings';
import { saveCheckinPeriodAction, savePscRequirementAction, saveReservationDelayAction } from '../_actions/settings';
import { getPscRequirement } from '@/lib/federation/psc-requirement';
import type { SearchParams } from './regulator-page';

/**
 * An ARS sets its region's delay; the CCS sees the 18 regions' delays and sets the one chosen with
 * `?region=`, and sets the national period of the availability check-ins (which an ARS reads).
 */
export async function settings(area: RegulatorRole, { searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const asked = (await searchParams).region;
  const regionCode = regionForPage(actor, typeof asked === 'string' ? asked : undefined);
  const national = area === 'CCS';
  const [current, all, nationalSettings, pscRequirement] = await Promise.all([
    regionCode ? getRegionSettings(actor, regionCode) : null,
    national ? listRegionSettings(actor) : null,
    getNationalSettings(actor),
    national ? getPscRequirement(actor) : null,
  ]);
  const actions = national
    ? { saveReservationDelay: saveReservationDelayAction, saveCheckinPeriod: saveCheckinPeriodAction, savePscRequirement: savePscRequirementAction }
    : { saveReservationDelay: saveReservationDelayAction };
  return (
    <SettingsPage
      current={current}
      regions={all ?? (current ? [current] : [])}
      showRegions={national}
      national={nationalSettings}
      pscRequirement={pscRequirement}
      actions={actions}
    />
  );
}
