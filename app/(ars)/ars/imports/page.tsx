import type { Metadata } from 'next';
import { imports } from '@/app/(regulation)/_pages/imports';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Imports — ARS' };

export default regulatorPage('ARS', imports);
