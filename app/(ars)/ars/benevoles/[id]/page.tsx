import type { Metadata } from 'next';
import { volunteerSheet } from '@/app/(regulation)/_pages/volunteer-sheet';
import { regulatorPage } from '@/app/(regulation)/_pages/regulator-page';

export const metadata: Metadata = { title: 'Fiche du bénévole — ARS' };

export default regulatorPage('ARS', volunteerSheet);
