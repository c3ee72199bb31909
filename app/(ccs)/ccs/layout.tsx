import type { ReactNode } from 'react';
import { DashboardShell } from '@/components/layout/dashboard-shell';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { NAV_BY_ROLE } from '@/lib/auth/navigation';

// The layout only decides the chrome; every page and action of this area checks the role again
// (a layout does not re-render on client navigation, so it cannot be the gate).
export default async function Layout({ children }: { children: ReactNode }) {
  const actor = await requireAreaActor('CCS');
  const scope = await getScopeSummary(actor);
  return (
    <DashboardShell actor={actor} scopeLabel={scope.label} nav={NAV_BY_ROLE[actor.role]}>
      {children}
    </DashboardShell>
  );
}
