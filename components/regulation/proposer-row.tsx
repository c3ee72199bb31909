import type { CandidateStatus } from '@/lib/matching/candidate-query';
import type { CandidateRow } from '@/lib/matching/candidate-search';
import { MOBILISATION_LABELS, type MobilisationCode } from '@/lib/reference/mobilisation';
import { Button } from '@/components/ui/button';
import { StatusBadge } from '@/components/choosing/status-badge';
import { formatDay, formatPhone, fullName } from '@/components/choosing/labels';
import { professionLabel, specialityLabel, yesNo } from '@/components/establishment/format';

const TD = 'px-2 py-2 align-top';

/** Only a volunteer « Disponible » can be pushed; one pushed or contacted for this mission can be assigned. */
export function isProposable(status: CandidateStatus): boolean {
  return status === 'DISPONIBLE';
}

export function isAssignable(status: CandidateStatus): boolean {
  return status === 'DISPONIBLE' || status === 'PROPOSED' || status === 'CONTACTED';
}

export function ProposerRow({
  row,
  base,
  canAct,
  selected,
  onSelect,
  onAssign,
}: {
  row: CandidateRow;
  base: string;
  canAct: boolean;
  selected: boolean;
  onSelect: (checked: boolean) => void;
  onAssign: () => void;
}) {
  const name = fullName(row);
  const selectable = canAct && isProposable(row.status);
  return (
    <tr data-testid="proposer-row" data-professional-id={row.id} data-status={row.status} className="border-b border-gray-200 even:bg-gray-50">
      <td className={TD}>
        <input
          type="checkbox"
          className="h-5 w-5 accent-brand disabled:cursor-not-allowed"
          aria-label={`Sélectionner ${name}`}
          title={selectable ? undefined : 'Seuls les renforts « Disponible » peuvent être proposés'}
          disabled={!selectable}
          checked={selectable && selected}
          onChange={(event) => onSelect(event.target.checked)}
        />
      </td>
      <td className={`${TD} font-medium`}>{row.lastName}</td>
      <td className={TD}>{row.firstName}</td>
      <td className={TD}>{row.departmentCode}</td>
      <td className={TD}>{professionLabel(row.professionCode)}</td>
      <td className={TD}>{specialityLabel(row.speciality)}</td>
      <td className={`${TD} whitespace-nowrap`}>{row.startDate ? formatDay(row.startDate) : '—'}</td>
      <td className={`${TD} whitespace-nowrap`}>{row.endDate ? formatDay(row.endDate) : 'Sans date de fin'}</td>
      <td className={TD}>{yesNo(row.ehpadExperience)}</td>
      <td className={TD}>{yesNo(row.icuExperience)}</td>
      <td className={TD}>{yesNo(row.vaccinationExperience)}</td>
      <td className={TD}>{yesNo(row.hasVehicle)}</td>
      <td className={TD}>{MOBILISATION_LABELS[row.mobilisation as MobilisationCode] ?? row.mobilisation}</td>
      <td className={`${TD} whitespace-nowrap`}>
        <a href={`tel:${row.phone}`} className="text-brand underline">
          {formatPhone(row.phone)}
        </a>
      </td>
      <td className={TD}>
        <StatusBadge status={row.status} />
      </td>
      <td className={TD}>
        <div className="flex items-center gap-2">
          {canAct && isAssignable(row.status) ? (
            <Button type="button" variant="secondary" className="min-h-9 px-3 py-1 text-sm" aria-label={`Affecter ${name}`} onClick={onAssign}>
              Affecter
            </Button>
          ) : null}
          <a href={`${base}/benevoles/${row.id}`} target="_blank" rel="noopener" className="whitespace-nowrap text-brand underline">
            Fiche<span className="sr-only"> de {name} (nouvel onglet)</span>
          </a>
        </div>
      </td>
    </tr>
  );
}
