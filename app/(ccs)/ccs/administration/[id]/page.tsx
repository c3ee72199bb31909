import type { Metadata } from 'next';
import { administrationAccount } from '@/app/(regulation)/_pages/administration-account';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Compte — Administration — CCS' };

export default regulatorPage('CCS', administrationAccount);
