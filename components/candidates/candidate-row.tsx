import type { CandidateStatus } from '@/lib/candidates/query';
import type { CandidateRow as Row } from '@/lib/candidates/search';
import { Button } from '@/components/ui/button';
import { ProfileCells, SelectCell } from '@/components/candidates/candidate-cells';
import { ReservationTimeLeft } from '@/components/candidates/reservation-time-left';
import { StatusBadge } from '@/components/candidates/status-badge';
import { ConfirmedOn } from '@/components/candidates/confirmed-on';
import { fullName, isContactable } from '@/components/candidates/labels';
import { CELL, ROW } from '@/components/table/table-region';

export function CandidateTableRow({
  row,
  status,
  selected,
  canContact,
  now,
  busy,
  onSelect,
  onContact,
}: {
  row: Row;
  status: CandidateStatus;
  selected: boolean;
  canContact: boolean;
  now: string;
  busy: boolean;
  onSelect: (checked: boolean) => void;
  onContact: () => void;
}) {
  const name = fullName(row);
  return (
    <tr data-testid="candidate-row" data-professional-id={row.id} data-status={status} className={ROW}>
      <SelectCell
        name={name}
        selectable={status === 'CONTACTED'}
        checked={selected}
        hint="Seuls les candidats « Contacté » peuvent être validés ou refusés"
        onSelect={onSelect}
      />
      <ProfileCells row={row} />
      <td className={`${CELL} min-w-48 max-w-72 break-words`}>{row.comment ?? ''}</td>
      <td className={CELL}>
        <StatusBadge status={status} assignedUntil={row.assignedUntil} />
        {status === 'CONTACTED' && row.reservedUntil ? <ReservationTimeLeft until={row.reservedUntil} now={now} /> : null}
        <ConfirmedOn at={row.confirmedAt} />
      </td>
      <td className={CELL}>
        <div className="flex items-center gap-2">
          {canContact && isContactable(status) ? (
            <Button type="button" className="min-h-9 px-3 py-1 text-sm" aria-label={`Contacter ${name}`} busy={busy} disabled={busy} onClick={onContact}>
              Contacter
            </Button>
          ) : null}
          <a
            href={`/etablissement/candidats/${row.id}`}
            target="_blank"
            rel="noopener"
            aria-label={`Voir la fiche de ${name} (nouvel onglet)`}
            title="Voir la fiche (nouvel onglet)"
            className="inline-flex min-h-9 min-w-9 items-center justify-center rounded border border-brand text-brand hover:bg-brand-light"
          >
            <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M14 3h7v7M10 14 21 3M19 14v5a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h5" />
            </svg>
          </a>
        </div>
      </td>
    </tr>
  );
}
