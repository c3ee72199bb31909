import type { Metadata } from 'next';
import { volunteers } from '@/app/(regulation)/_pages/volunteers';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Bénévoles — ARS' };

export default regulatorPage('ARS', volunteers);
