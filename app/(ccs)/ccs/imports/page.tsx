import type { Metadata } from 'next';
import { ImportsPage } from '@/components/imports/imports-page';
import { requireActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { previewImportAction, runImportAction } from './actions';

export const metadata: Metadata = { title: 'Imports — CCS' };

export default async function CcsImportsPage() {
  const actor = await requireActor('CCS');
  const scope = await getScopeSummary(actor);
  return <ImportsPage scopeLabel={scope.label} national actions={{ preview: previewImportAction, run: runImportAction }} />;
}
