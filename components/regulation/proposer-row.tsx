import type { CandidateStatus } from '@/lib/candidates/query';
import type { CandidateRow } from '@/lib/candidates/search';
import { Button } from '@/components/ui/button';
import { ProfileCells, SelectCell } from '@/components/candidates/candidate-cells';
import { StatusBadge } from '@/components/candidates/status-badge';
import { ConfirmedOn } from '@/components/candidates/confirmed-on';
import { fullName } from '@/components/candidates/labels';
import { CELL, ROW } from '@/components/table/table-region';

const KM = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * The distance from the volunteer's postal code to the establishment, and whether the volunteer's
 * « Mobilisation » (the column before) reaches it (SPEC §6.4): the regulators may push beyond it, the
 * establishment would not find them by itself.
 */
function DistanceCell({ row }: { row: CandidateRow }) {
  return (
    <td className={`${CELL} whitespace-nowrap`} data-testid="candidate-distance" data-within-mobilisation={row.withinMobilisation}>
      {row.distanceKm === null ? '—' : `${KM.format(row.distanceKm)} km`}
      {row.withinMobilisation ? null : <span className="block text-sm font-medium text-warning">Au-delà de sa mobilisation</span>}
    </td>
  );
}

/** Only a volunteer « Disponible » can be pushed; one pushed or contacted for this mission can be assigned. */
export function isProposable(status: CandidateStatus): boolean {
  return status === 'DISPONIBLE';
}

export function isAssignable(status: CandidateStatus): boolean {
  return status === 'DISPONIBLE' || status === 'PROPOSED' || status === 'CONTACTED';
}

export function ProposerRow({
  row,
  missionId,
  base,
  canAct,
  selected,
  onSelect,
  onAssign,
}: {
  row: CandidateRow;
  /** The mission of the page: the « Fiche » link carries it, for its pool lets the sheet in (lib/candidates/access.ts). */
  missionId: string;
  base: string;
  canAct: boolean;
  selected: boolean;
  onSelect: (checked: boolean) => void;
  onAssign: () => void;
}) {
  const name = fullName(row);
  return (
    <tr data-testid="proposer-row" data-professional-id={row.id} data-status={row.status} className={ROW}>
      <SelectCell
        name={name}
        selectable={canAct && isProposable(row.status)}
        checked={selected}
        hint="Seuls les renforts « Disponible » peuvent être proposés"
        onSelect={onSelect}
      />
      <ProfileCells row={row} noSpeciality="" />
      <DistanceCell row={row} />
      <td className={CELL}>
        <StatusBadge status={row.status} assignedUntil={row.assignedUntil} />
        <ConfirmedOn at={row.confirmedAt} />
      </td>
      <td className={CELL}>
        <div className="flex items-center gap-2">
          {canAct && isAssignable(row.status) ? (
            <Button type="button" variant="secondary" className="min-h-9 px-3 py-1 text-sm" aria-label={`Affecter ${name}`} onClick={onAssign}>
              Affecter
            </Button>
          ) : null}
          <a href={`${base}/benevoles/${row.id}?mission=${missionId}`} target="_blank" rel="noopener" className="whitespace-nowrap text-brand underline">
            Fiche<span className="sr-only"> de {name} (nouvel onglet)</span>
          </a>
        </div>
      </td>
    </tr>
  );
}
