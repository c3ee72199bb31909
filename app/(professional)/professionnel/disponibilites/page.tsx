import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { listOwnPeriods } from '@/lib/professionals/own';
import { savePeriodsAction } from './actions';
import { PeriodsForm } from './_components/periods-form';

export const metadata: Metadata = { title: 'Mes disponibilités' };

export default async function AvailabilityPeriodsPage() {
  const actor = await requireAreaActor('PROFESSIONAL');
  const saved = await listOwnPeriods(actor);
  return (
    <div className="space-y-6">
      <PageTitle lead="Les périodes pendant lesquelles vous pouvez être mobilisé(e). Pensez à les tenir à jour.">Mes disponibilités</PageTitle>
      <PeriodsForm saved={saved} savePeriods={savePeriodsAction} />
    </div>
  );
}
