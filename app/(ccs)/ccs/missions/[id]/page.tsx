import type { Metadata } from 'next';
import { proposer } from '@/app/(regulation)/_pages/proposer';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Proposer des renforts — CCS' };

export default regulatorPage('CCS', proposer);
