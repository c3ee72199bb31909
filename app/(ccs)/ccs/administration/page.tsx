import type { Metadata } from 'next';
import { administration } from '@/app/(regulation)/_pages/administration';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Administration — CCS' };

export default regulatorPage('CCS', administration);
