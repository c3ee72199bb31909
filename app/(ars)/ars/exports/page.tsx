import type { Metadata } from 'next';
import { ExportsPage } from '@/components/indicators/exports-page';
import { requireActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';

export const metadata: Metadata = { title: 'Exports — ARS' };

export default async function ArsExportsPage() {
  const actor = await requireActor('ARS');
  const scope = await getScopeSummary(actor);
  return <ExportsPage scopeLabel={scope.label} />;
}
