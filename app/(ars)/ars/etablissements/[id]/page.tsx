import type { Metadata } from 'next';
import { establishment } from '@/app/(regulation)/_pages/establishment';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Établissement — ARS' };

export default regulatorPage('ARS', establishment);
