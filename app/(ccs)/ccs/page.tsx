import type { Metadata } from 'next';
import { dashboard, DASHBOARD_TITLES } from '@/app/(regulation)/_pages/dashboard';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: DASHBOARD_TITLES.CCS };

export default regulatorPage('CCS', dashboard);
