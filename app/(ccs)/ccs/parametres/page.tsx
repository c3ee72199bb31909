import type { Metadata } from 'next';
import { SettingsPage } from '@/components/regulation/settings-page';
import { requireActor } from '@/lib/auth/session';
import { regionForPage } from '@/lib/access/checks';
import { getRegionSettings, listRegionSettings } from '@/lib/regulation/settings';
import { saveReservationDelayAction } from './actions';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Paramètres — CCS' };

/** The 18 regions' delays, and the form of the one chosen with `?region=`. */
export default async function CcsSettingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('CCS');
  const asked = (await searchParams).region;
  const regionCode = regionForPage(actor, typeof asked === 'string' ? asked : undefined);
  const [current, regions] = await Promise.all([regionCode ? getRegionSettings(actor, regionCode) : null, listRegionSettings(actor)]);
  return <SettingsPage current={current} regions={regions} showRegions actions={{ saveReservationDelay: saveReservationDelayAction }} />;
}
