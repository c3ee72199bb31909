import type { Metadata } from 'next';
import { ImportsPage } from '@/components/imports/imports-page';
import { requireActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { previewImportAction, runImportAction } from './actions';

export const metadata: Metadata = { title: 'Imports — ARS' };

export default async function ArsImportsPage() {
  const actor = await requireActor('ARS');
  const scope = await getScopeSummary(actor);
  return <ImportsPage scopeLabel={scope.label} national={false} actions={{ preview: previewImportAction, run: runImportAction }} />;
}
