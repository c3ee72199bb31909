import type { Metadata } from 'next';
import { settings } from '@/app/(regulation)/_pages/settings';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Paramètres — CCS' };

export default regulatorPage('CCS', settings);
