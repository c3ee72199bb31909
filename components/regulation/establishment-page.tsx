import type { ReactNode } from 'react';
import Link from 'next/link';
import { professionLabel, specialityLabel } from '@/components/establishment/format';
import { AttachedAccounts } from '@/components/regulation/attached-accounts';
import { regionName } from '@/components/regulation/format';
import { TablePagination } from '@/components/table/pagination';
import { CELL, EmptyRow, PlainHeaders, ROW, TableRegion } from '@/components/table/table-region';
import { PageTitle } from '@/components/ui/page-title';
import { formatDay } from '@/lib/dates/format';
import { categoryLabel } from '@/lib/exports/labels';
import type { EstablishmentMissionRow, RegulatorEstablishmentDetail } from '@/lib/establishments/regulator-detail';

const MISSION_COLUMNS = ['Profession', 'Spécialité', 'Dates', 'Postes pourvus', 'Statut', 'Mission'];

function missionStatus(row: EstablishmentMissionRow): string {
  if (row.status === 'ARCHIVED') return 'Archivée';
  return row.ccsAlertAt ? 'Ouverte — alerte CCS' : 'Ouverte';
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-muted">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

/** The body of `/ars/etablissements/[id]` and `/ccs/etablissements/[id]` (SPEC §15). */
export function RegulatorEstablishmentPage({ base, establishment }: { base: '/ars' | '/ccs'; establishment: RegulatorEstablishmentDetail }) {
  const path = `${base}/etablissements/${establishment.id}`;
  const { missions } = establishment;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <p>
        <Link href={`${base}/etablissements`} className="text-brand underline">
          Retour aux établissements
        </Link>
      </p>
      <PageTitle lead={`${categoryLabel(establishment.category)} — ${establishment.city}`}>{establishment.name}</PageTitle>
      <section aria-labelledby="establishment-identity" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="establishment-identity" className="mb-3 text-lg font-bold">
          Identité
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          <Item term="FINESS">{establishment.finess ?? '—'}</Item>
          {establishment.gid ? <Item term="GID">{establishment.gid}</Item> : null}
          {establishment.siret ? <Item term="SIRET">{establishment.siret}</Item> : null}
          <Item term="Catégorie">{categoryLabel(establishment.category)}</Item>
          <Item term="Adresse">
            {establishment.address}, {establishment.postalCode} {establishment.city}
          </Item>
          <Item term="Région">{regionName(establishment.regionCode)}</Item>
          <Item term="Missions ouvertes">{establishment.openMissions}</Item>
        </dl>
      </section>
      <section aria-labelledby="establishment-accounts" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="establishment-accounts" className="mb-3 text-lg font-bold">
          Comptes rattachés
        </h2>
        <AttachedAccounts accounts={establishment.accounts} />
      </section>
      <section aria-labelledby="establishment-missions-caption" className="space-y-3">
        <h2 className="text-lg font-bold">Missions</h2>
        <TableRegion id="establishment-missions-caption" caption="Missions de l’établissement" testId="establishment-missions" head={<PlainHeaders labels={MISSION_COLUMNS} />}>
          {missions.rows.length === 0 ? (
            <EmptyRow columns={MISSION_COLUMNS.length}>Aucune mission pour cet établissement.</EmptyRow>
          ) : (
            missions.rows.map((row) => (
              <tr key={row.id} className={ROW} data-testid="establishment-mission-row">
                <td className={CELL}>{professionLabel(row.professionCode)}</td>
                <td className={CELL}>{specialityLabel(row.speciality) ?? '—'}</td>
                <td className={`${CELL} whitespace-nowrap`}>
                  du {formatDay(row.startDate)} au {formatDay(row.endDate)}
                </td>
                <td className={CELL}>
                  {row.filledCount} / {row.requestedCount}
                </td>
                <td className={CELL}>{missionStatus(row)}</td>
                <td className={CELL}>
                  <Link href={`${base}/missions/${row.id}`} className="text-brand underline" aria-label={`Ouvrir la mission ${professionLabel(row.professionCode)} du ${formatDay(row.startDate)}`}>
                    Ouvrir
                  </Link>
                </td>
              </tr>
            ))
          )}
        </TableRegion>
        <TablePagination page={missions.page} pageSize={missions.pageSize} total={missions.total} label="Pages de missions" hrefFor={(page) => (page > 1 ? `${path}?page=${page}` : path)} />
      </section>
    </div>
  );
}
