import type { Metadata } from 'next';
import { missions } from '@/app/(regulation)/_pages/missions';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Missions — CCS' };

export default regulatorPage('CCS', missions);
