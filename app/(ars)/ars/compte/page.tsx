import type { Metadata } from 'next';
import { account } from '@/app/(regulation)/_pages/account';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Mon compte — ARS' };

export default regulatorPage('ARS', account);
