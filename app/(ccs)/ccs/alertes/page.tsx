import type { Metadata } from 'next';
import { AlertsPage } from '@/components/regulation/alerts-page';
import { requireAreaActor } from '@/lib/auth/session';
import { listCcsAlerts } from '@/lib/regulation/alerts';
import { readPage, type SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Alertes — CCS' };

export default async function CcsAlertsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireAreaActor('CCS');
  const page = readPage(await searchParams);
  const list = await listCcsAlerts(actor, page);
  return <AlertsPage rows={list.rows} total={list.total} page={list.page} pageSize={list.pageSize} />;
}
