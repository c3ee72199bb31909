import type { Metadata } from 'next';
import { indicators } from '@/app/(regulation)/_pages/indicators';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Indicateurs — CCS' };

export default regulatorPage('CCS', indicators);
