import Link from 'next/link';
import { ReservationTimeLeft } from '@/components/candidates/reservation-time-left';
import type { PendingReservation } from '@/lib/dashboard/reservations';
import { formatDay } from '@/lib/dates/format';
import { professionLabel } from './format';

/**
 * The dashboard's reservations (SPEC §6.4): the volunteers « Contacté » whose reservation ends first,
 * each with its time left and a link to its mission's page, where it is validated or refused.
 * `total` counts them all (the dashboard's « Candidats contactés en attente »).
 */
export function PendingReservations({ rows, total, now }: { rows: PendingReservation[]; total: number; now: Date }) {
  return (
    <section aria-labelledby="reservations-title" className="rounded-lg bg-white p-4 shadow-sm" data-testid="pending-reservations">
      <h2 id="reservations-title" className="text-lg font-bold">
        Réservations en cours
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm">Aucun candidat n’est au statut « Contacté » : personne n’est réservé par vos établissements.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            Un candidat « Contacté » vous est réservé jusqu’à votre décision, au plus pendant le délai fixé par l’ARS : validez ou
            refusez sa candidature avant qu’il ne soit libéré automatiquement.
          </p>
          <ul className="mt-3 divide-y divide-gray-200">
            {rows.map((row) => (
              <li key={row.candidacyId} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between" data-testid="pending-reservation">
                <span>
                  <span className="font-medium">
                    {row.firstName} {row.lastName}
                  </span>{' '}
                  —{' '}
                  <Link href={`/etablissement/besoins/${row.missionId}`} className="text-brand underline">
                    {professionLabel(row.missionProfessionCode)} du {formatDay(row.missionStartDate)}
                  </Link>
                </span>
                <ReservationTimeLeft until={row.reservedUntil} now={now} />
              </li>
            ))}
          </ul>
          {total > rows.length ? (
            <p className="mt-2 text-sm text-muted">
              Et {total - rows.length} autre{total - rows.length > 1 ? 's' : ''} : chaque mission les liste sur sa page.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
