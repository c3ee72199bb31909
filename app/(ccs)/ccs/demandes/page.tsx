import type { Metadata } from 'next';
import { accountRequests } from '@/app/(regulation)/_pages/account-requests';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Demandes de compte — CCS' };

export default regulatorPage('CCS', accountRequests);
