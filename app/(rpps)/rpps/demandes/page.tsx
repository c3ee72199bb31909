import type { Metadata } from 'next';
import Link from 'next/link';
import { TablePagination } from '@/components/table/pagination';
import { RequestFilters } from '@/components/rpps/request-filters';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { listRequests } from '@/lib/rpps/queries';
import { requestListQuerySchema } from '@/lib/validation/rpps';
import { pageHref, type SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Liste des demandes' };

/** « Liste des demandes » (guide §4): every request of the manager's establishments, newest first. */
export default async function RequestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const params = await searchParams;
  const query = requestListQuerySchema.parse(params);
  const list = await listRequests(actor, query);
  const first = list.total === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.total, list.page * list.pageSize);
  return (
    <div className="space-y-6">
      <PageTitle lead="Si votre établissement possède un numéro FINESS, effectuez la recherche par le numéro FINESS ; s'il n'en a pas, recherchez-le par son numéro SIRET, ou par son GID pour un centre de vaccination.">
        Liste des demandes
      </PageTitle>
      <RequestFilters query={query} />
      <p className="text-sm" role="status">
        Affichage {first} - {last} de {list.total} demande{list.total > 1 ? 's' : ''} · Afficher : 10 par page · Trier par : du plus récent au plus ancien
      </p>
      {list.rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 shadow-sm">Aucune demande ne correspond à votre recherche.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Demandes d&apos;enregistrement, de la plus récente à la plus ancienne</caption>
            <thead className="border-b bg-gray-50">
              <tr>
                {['Statut', 'Procédure', 'Nom', 'N° RPPS', 'Profession', 'Établissement', 'Date de la demande'].map((title) => (
                  <th key={title} scope="col" className="px-3 py-2 font-bold">
                    {title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-b last:border-0" data-testid="request-row">
                  <td className="px-3 py-2">{row.statusLabel}</td>
                  <td className="px-3 py-2">{row.procedureLabel}</td>
                  <td className="px-3 py-2">
                    <Link href={row.href} className="text-brand underline">
                      {row.name || row.number}
                    </Link>
                    <span className="block text-xs text-muted">{row.number}</span>
                  </td>
                  <td className="px-3 py-2" data-testid="request-rpps">
                    {row.rppsNumber}
                  </td>
                  <td className="px-3 py-2">{row.profession}</td>
                  <td className="px-3 py-2">{row.establishment}</td>
                  <td className="px-3 py-2">{row.date}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <TablePagination label="Pages des demandes" summary={false} page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={(page) => pageHref(params, page)} />
    </div>
  );
}
