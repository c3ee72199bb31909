import { ImportsPage } from '@/components/imports/imports-page';
import type { RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { previewImportAction, runImportAction } from '../_actions/imports';

/** The CCS imports for every region (national), an ARS for its own. */
export async function imports(area: RegulatorRole) {
  const actor = await requireAreaActor(area);
  const scope = await getScopeSummary(actor);
  return <ImportsPage scopeLabel={scope.label} national={area === 'CCS'} actions={{ preview: previewImportAction, run: runImportAction }} />;
}
