import type { Metadata } from 'next';
import Link from 'next/link';
import { AssignmentsTable } from '@/components/establishment/assignments-table';
import { Pagination } from '@/components/establishment/pagination';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { listAssignmentsForActor } from '@/lib/candidacies/assignments';

export const metadata: Metadata = { title: 'Affectations' };

type SearchParams = Record<string, string | string[] | undefined>;

function pageOf(params: SearchParams): number {
  const value = Number(Array.isArray(params.page) ? params.page[0] : params.page);
  return Number.isInteger(value) && value >= 1 && value <= 100_000 ? value : 1;
}

export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireAreaActor('ESTABLISHMENT');
  const list = await listAssignmentsForActor(actor, { page: pageOf(await searchParams) });
  return (
    <div className="space-y-4">
      <PageTitle lead="Les professionnels affectés aux missions de vos établissements. Cliquez sur un nom pour ouvrir sa fiche.">Affectations</PageTitle>
      <p>
        <Link href="/etablissement" className="text-brand underline">
          Retour au tableau de bord
        </Link>
      </p>
      <AssignmentsTable rows={list.rows} />
      <Pagination
        label="Pages des affectations"
        total={list.total}
        page={list.page}
        pageSize={list.pageSize}
        hrefFor={(page) => `/etablissement/affectations${page > 1 ? `?page=${page}` : ''}`}
      />
    </div>
  );
}
