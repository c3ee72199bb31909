import type { Metadata } from 'next';
import { crisis } from '@/app/(regulation)/_pages/crisis';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Gestion de crise — CCS' };

export default regulatorPage('CCS', crisis);
