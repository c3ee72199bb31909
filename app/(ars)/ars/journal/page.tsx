import type { Metadata } from 'next';
import { journal } from '@/app/(regulation)/_pages/journal';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Journal — ARS' };

export default regulatorPage('ARS', journal);
