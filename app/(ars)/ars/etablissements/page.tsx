import type { Metadata } from 'next';
import { establishments } from '@/app/(regulation)/_pages/establishments';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Établissements — ARS' };

export default regulatorPage('ARS', establishments);
