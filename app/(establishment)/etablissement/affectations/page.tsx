import type { Metadata } from 'next';
import Link from 'next/link';
import { AssignmentsTable } from '@/components/establishment/assignments-table';
import { TablePagination } from '@/components/table/pagination';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { listAssignmentsForActor } from '@/lib/candidacies/assignments';
import { readPage, type SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Affectations' };

export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireAreaActor('ESTABLISHMENT');
  const list = await listAssignmentsForActor(actor, { page: readPage(await searchParams) });
  return (
    <div className="space-y-4">
      <PageTitle lead="Les professionnels affectés aux missions de vos établissements. Cliquez sur un nom pour ouvrir sa fiche.">Affectations</PageTitle>
      <p>
        <Link href="/etablissement" className="text-brand underline">
          Retour au tableau de bord
        </Link>
      </p>
      <AssignmentsTable rows={list.rows} />
      <TablePagination
        label="Pages des affectations"
        total={list.total}
        page={list.page}
        pageSize={list.pageSize}
        hrefFor={(page) => `/etablissement/affectations${page > 1 ? `?page=${page}` : ''}`}
      />
    </div>
  );
}
