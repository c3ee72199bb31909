import type { Metadata } from 'next';
import { journal } from '@/app/(regulation)/_pages/journal';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Journal — CCS' };

export default regulatorPage('CCS', journal);
