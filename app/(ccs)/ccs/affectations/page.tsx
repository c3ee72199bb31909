import type { Metadata } from 'next';
import { assignments } from '@/app/(regulation)/_pages/assignments';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Affectations — CCS' };

export default regulatorPage('CCS', assignments);
