import { formatPhone } from '@/components/candidates/labels';
import { ReservationTimeLeft } from '@/components/candidates/reservation-time-left';
import { professionLabel } from '@/components/establishment/format';
import { CANDIDACY_STATUS_LABELS } from '@/components/regulation/format';
import { CELL, EmptyRow, PlainHeaders, ROW, TableRegion } from '@/components/table/table-region';
import type { MissionCandidacy } from '@/lib/candidacies/mission-follow-up';
import { formatInstant } from '@/lib/dates/format';

// An archived mission, read-only (SPEC §6.2: « Archived missions stay readable »): who was assigned to
// it, and what became of every volunteer proposed or contacted for it. No check box, no button.

const ASSIGNED_HEADERS = ['Nom', 'Prénom', 'Profession', 'Téléphone', 'Validé le', 'Fiche'];
const HISTORY_HEADERS = ['Nom', 'Prénom', 'Statut', 'Proposé le', 'Contacté le', 'Décision le'];

const when = (instant: Date | null) => (instant ? formatInstant(instant) : '—');

function SheetLink({ row }: { row: MissionCandidacy }) {
  return (
    <a href={`/etablissement/candidats/${row.professionalId}`} className="text-brand underline">
      Fiche<span className="sr-only">{` de ${row.firstName} ${row.lastName}`}</span>
    </a>
  );
}

export function MissionAssignments({ rows }: { rows: MissionCandidacy[] }) {
  const assigned = rows.filter((row) => row.status === 'ASSIGNED');
  return (
    <TableRegion id="assigned-caption" caption="Renforts affectés à la mission" testId="archived-assignments" head={<PlainHeaders labels={ASSIGNED_HEADERS} />}>
      {assigned.length === 0 ? (
        <EmptyRow columns={ASSIGNED_HEADERS.length}>Aucun renfort n’a été affecté à cette mission.</EmptyRow>
      ) : (
        assigned.map((row) => (
          <tr key={row.id} className={ROW} data-testid="assignment-row">
            <td className={`${CELL} font-medium`}>{row.lastName}</td>
            <td className={CELL}>{row.firstName}</td>
            <td className={CELL}>{professionLabel(row.professionCode)}</td>
            <td className={`${CELL} whitespace-nowrap`}>{formatPhone(row.phone)}</td>
            <td className={`${CELL} whitespace-nowrap`}>{when(row.decidedAt)}</td>
            <td className={CELL}>
              <SheetLink row={row} />
            </td>
          </tr>
        ))
      )}
    </TableRegion>
  );
}

/** Every candidacy, to act on first then newest first; a reservation still running shows its time left. */
export function CandidacyHistory({ rows, now }: { rows: MissionCandidacy[]; now: Date }) {
  return (
    <TableRegion id="history-caption" caption="Historique des candidatures de la mission" testId="candidacy-history" head={<PlainHeaders labels={HISTORY_HEADERS} />}>
      {rows.length === 0 ? (
        <EmptyRow columns={HISTORY_HEADERS.length}>Aucun renfort n’a été proposé ni contacté pour cette mission.</EmptyRow>
      ) : (
        rows.map((row) => (
          <tr key={row.id} className={ROW} data-testid="history-row" data-status={row.status}>
            <td className={`${CELL} font-medium`}>{row.lastName}</td>
            <td className={CELL}>{row.firstName}</td>
            <td className={CELL}>
              {CANDIDACY_STATUS_LABELS[row.status]}
              {row.reservedUntil ? <ReservationTimeLeft until={row.reservedUntil} now={now} /> : null}
            </td>
            <td className={`${CELL} whitespace-nowrap`}>{when(row.proposedAt)}</td>
            <td className={`${CELL} whitespace-nowrap`}>{when(row.contactedAt)}</td>
            <td className={`${CELL} whitespace-nowrap`}>{when(row.decidedAt)}</td>
          </tr>
        ))
      )}
    </TableRegion>
  );
}
