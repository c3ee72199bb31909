import type { Metadata } from 'next';
import { AlertsPage } from '@/components/regulation/alerts-page';
import { requireAreaActor } from '@/lib/auth/session';
import { listCcsAlerts } from '@/lib/regulation/alerts';
import { pageParam } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Alertes — CCS' };

export default async function CcsAlertsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireAreaActor('CCS');
  const page = pageParam.parse((await searchParams).page);
  const list = await listCcsAlerts(actor, page);
  return <AlertsPage rows={list.rows} total={list.total} page={list.page} pageSize={list.pageSize} />;
}
