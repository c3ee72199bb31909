import type { Metadata } from 'next';
import { exports } from '@/app/(regulation)/_pages/exports';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Exports — CCS' };

export default regulatorPage('CCS', exports);
