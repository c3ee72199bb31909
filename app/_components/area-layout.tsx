import type { ReactNode } from 'react';
import { DashboardShell } from '@/components/layout/dashboard-shell';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { NAV_BY_ROLE } from '@/lib/auth/navigation';
import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The layout of a role's route group (SPEC §12): `export default areaLayout('ARS')`. It only decides the
 * chrome; every page and action of the area checks the role again (a layout does not re-render on client
 * navigation, so it cannot be the gate).
 */
export function areaLayout(role: Role) {
  return async function AreaLayout({ children }: { children: ReactNode }) {
    const actor = await requireAreaActor(role);
    const scope = await getScopeSummary(actor);
    return (
      <DashboardShell actor={actor} scopeLabel={scope.label} nav={NAV_BY_ROLE[actor.role]}>
        {children}
      </DashboardShell>
    );
  };
}
