import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import type { AlertRow } from '@/lib/regulation/alerts';
import { formatDay, formatInstant, professionLabel, specialityLabel } from '@/components/establishment/format';
import { TablePagination } from '@/components/choosing/pagination';

const HEADERS = ['Alerte', 'ARS', 'Etablissement', 'CP', 'Profession', 'Dates', 'Action', 'Vivier national'];
const TD = 'px-2 py-2 align-top';

/** `/ccs/alertes`: every mission an ARS alerted the CCS about, newest first (SPEC §7.2). */
export function AlertsPage({ rows, total, page, pageSize }: { rows: AlertRow[]; total: number; page: number; pageSize: number }) {
  return (
    <div className="space-y-6">
      <PageTitle lead="Les missions pour lesquelles une ARS a besoin de renforts complémentaires. Ouvrez une mission pour ouvrir son vivier national ou y proposer des renforts de toutes les régions.">
        Alertes des ARS
      </PageTitle>
      <div role="region" aria-labelledby="alerts-caption" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="min-w-full border-collapse text-sm" data-testid="ccs-alerts">
          <caption id="alerts-caption" className="sr-only">
            Alertes CCS
          </caption>
          <thead>
            <tr>
              {HEADERS.map((header) => (
                <th key={header} scope="col" className="border-b-2 border-ink px-2 py-2 text-left align-bottom">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={HEADERS.length} className="px-3 py-4">
                  Aucune alerte.
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.missionId} className="border-b border-gray-200 even:bg-gray-50" data-testid="alert-row">
                  <td className={`${TD} whitespace-nowrap`}>{formatInstant(row.alertedAt)}</td>
                  <td className={TD}>{row.arsName}</td>
                  <td className={`${TD} font-medium`}>{row.establishmentName}</td>
                  <td className={TD}>{row.postalCode}</td>
                  <td className={TD}>
                    {professionLabel(row.professionCode)}
                    {row.speciality ? <span className="block text-muted">{specialityLabel(row.speciality)}</span> : null}
                  </td>
                  <td className={`${TD} whitespace-nowrap`}>
                    du {formatDay(row.startDate)} au {formatDay(row.endDate)}
                  </td>
                  <td className={TD}>
                    <span className="block whitespace-nowrap font-medium">
                      POURVUE {row.filledCount}/{row.requestedCount}
                    </span>
                    {row.status === 'ARCHIVED' ? <span className="block text-sm text-muted">Archivée</span> : null}
                    <Link href={`/ccs/missions/${row.missionId}`} className="text-brand underline">
                      {row.status === 'OPEN' ? 'Proposer' : 'Voir'}
                      <span className="sr-only"> pour la mission {professionLabel(row.professionCode)}, {row.establishmentName}</span>
                    </Link>
                  </td>
                  <td className={TD}>{row.nationalPoolOpenedAt ? `Ouvert le ${formatInstant(row.nationalPoolOpenedAt)}` : 'Fermé'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <TablePagination page={page} pageSize={pageSize} total={total} label="Pages d’alertes" hrefFor={(next) => `/ccs/alertes${next > 1 ? `?page=${next}` : ''}`} />
    </div>
  );
}
