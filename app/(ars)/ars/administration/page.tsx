import type { Metadata } from 'next';
import { administration } from '@/app/(regulation)/_pages/administration';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Administration — ARS' };

export default regulatorPage('ARS', administration);
