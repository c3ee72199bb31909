import type { Metadata } from 'next';
import { indicators } from '@/app/(regulation)/_pages/indicators';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Indicateurs — ARS' };

export default regulatorPage('ARS', indicators);
