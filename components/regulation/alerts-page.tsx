import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import type { AlertRow } from '@/lib/regulation/alerts';
import { formatDay, formatInstant } from '@/lib/dates/format';
import { professionLabel, specialityLabel } from '@/components/establishment/format';
import { TablePagination } from '@/components/table/pagination';
import { CELL, EmptyRow, PlainHeaders, ROW, TableRegion } from '@/components/table/table-region';

const HEADERS = ['Alerte', 'ARS', 'Etablissement', 'CP', 'Profession', 'Dates', 'Action', 'Vivier national'];

/** `/ccs/alertes`: every mission an ARS alerted the CCS about, newest first (SPEC §7.2). */
export function AlertsPage({ rows, total, page, pageSize }: { rows: AlertRow[]; total: number; page: number; pageSize: number }) {
  return (
    <div className="space-y-6">
      <PageTitle lead="Les missions pour lesquelles une ARS a besoin de renforts complémentaires. Ouvrez une mission pour ouvrir son vivier national ou y proposer des renforts de toutes les régions.">
        Alertes des ARS
      </PageTitle>
      <TableRegion id="alerts-caption" caption="Alertes CCS" testId="ccs-alerts" head={<PlainHeaders labels={HEADERS} />}>
        {rows.length === 0 ? (
          <EmptyRow columns={HEADERS.length}>Aucune alerte.</EmptyRow>
        ) : (
          rows.map((row) => (
            <tr key={row.missionId} className={ROW} data-testid="alert-row">
              <td className={`${CELL} whitespace-nowrap`}>{formatInstant(row.alertedAt)}</td>
              <td className={CELL}>{row.arsName}</td>
              <td className={`${CELL} font-medium`}>{row.establishmentName}</td>
              <td className={CELL}>{row.postalCode}</td>
              <td className={CELL}>
                {professionLabel(row.professionCode)}
                {row.speciality ? <span className="block text-muted">{specialityLabel(row.speciality)}</span> : null}
              </td>
              <td className={`${CELL} whitespace-nowrap`}>
                du {formatDay(row.startDate)} au {formatDay(row.endDate)}
              </td>
              <td className={CELL}>
                <span className="block whitespace-nowrap font-medium">
                  POURVUE {row.filledCount}/{row.requestedCount}
                </span>
                {row.status === 'ARCHIVED' ? <span className="block text-sm text-muted">Archivée</span> : null}
                <Link href={`/ccs/missions/${row.missionId}`} className="text-brand underline">
                  {row.status === 'OPEN' ? 'Proposer' : 'Voir'}
                  <span className="sr-only"> pour la mission {professionLabel(row.professionCode)}, {row.establishmentName}</span>
                </Link>
              </td>
              <td className={CELL}>{row.nationalPoolOpenedAt ? `Ouvert le ${formatInstant(row.nationalPoolOpenedAt)}` : 'Fermé'}</td>
            </tr>
          ))
        )}
      </TableRegion>
      <TablePagination page={page} pageSize={pageSize} total={total} label="Pages d’alertes" hrefFor={(next) => `/ccs/alertes${next > 1 ? `?page=${next}` : ''}`} />
    </div>
  );
}
