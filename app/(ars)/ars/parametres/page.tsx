import type { Metadata } from 'next';
import { SettingsPage } from '@/components/regulation/settings-page';
import { requireActor } from '@/lib/auth/session';
import { getRegionSettings } from '@/lib/regulation/settings';
import { saveReservationDelayAction } from './actions';

export const metadata: Metadata = { title: 'Paramètres — ARS' };

export default async function ArsSettingsPage() {
  const actor = await requireActor('ARS');
  const current = await getRegionSettings(actor, actor.regionCode!);
  return <SettingsPage current={current} regions={[current]} showRegions={false} actions={{ saveReservationDelay: saveReservationDelayAction }} />;
}
