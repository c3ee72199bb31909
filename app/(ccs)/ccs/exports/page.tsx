import type { Metadata } from 'next';
import { ExportsPage } from '@/components/indicators/exports-page';
import { requireActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';

export const metadata: Metadata = { title: 'Exports — CCS' };

export default async function CcsExportsPage() {
  const actor = await requireActor('CCS');
  const scope = await getScopeSummary(actor);
  return <ExportsPage scopeLabel={scope.label} />;
}
