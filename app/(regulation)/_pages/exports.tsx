import { ExportsPage } from '@/components/indicators/exports-page';
import type { RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';

export async function exports(area: RegulatorRole) {
  const actor = await requireAreaActor(area);
  const scope = await getScopeSummary(actor);
  return <ExportsPage scopeLabel={scope.label} />;
}
