import type { Metadata } from 'next';
import { crisis } from '@/app/(regulation)/_pages/crisis';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Gestion de crise — ARS' };

export default regulatorPage('ARS', crisis);
