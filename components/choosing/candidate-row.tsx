import type { CandidateStatus } from '@/lib/matching/candidate-query';
import type { CandidateRow as Row } from '@/lib/matching/candidate-search';
import { MEDICAL_SPECIALITY_LABELS, type MedicalSpecialityCode } from '@/lib/reference/medical-specialities';
import { MOBILISATION_LABELS, type MobilisationCode } from '@/lib/reference/mobilisation';
import { getProfession } from '@/lib/reference/professions';
import { Button } from '@/components/ui/button';
import { StatusBadge } from '@/components/choosing/status-badge';
import { yesNo } from '@/components/establishment/format';
import { formatDay, formatPhone, fullName, isContactable } from '@/components/choosing/labels';

const TD = 'px-2 py-2 align-top';

export function CandidateTableRow({
  row,
  status,
  selected,
  canContact,
  busy,
  onSelect,
  onContact,
}: {
  row: Row;
  status: CandidateStatus;
  selected: boolean;
  canContact: boolean;
  busy: boolean;
  onSelect: (checked: boolean) => void;
  onContact: () => void;
}) {
  const name = fullName(row);
  const selectable = status === 'CONTACTED';
  return (
    <tr data-testid="candidate-row" data-professional-id={row.id} data-status={status} className="border-b border-gray-200 even:bg-gray-50">
      <td className={TD}>
        <input
          type="checkbox"
          className="h-5 w-5 accent-brand disabled:cursor-not-allowed"
          aria-label={`Sélectionner ${name}`}
          title={selectable ? undefined : 'Seuls les candidats « Contacté » peuvent être validés ou refusés'}
          disabled={!selectable}
          checked={selectable && selected}
          onChange={(event) => onSelect(event.target.checked)}
        />
      </td>
      <td className={`${TD} font-medium`}>{row.lastName}</td>
      <td className={TD}>{row.firstName}</td>
      <td className={TD}>{row.departmentCode}</td>
      <td className={TD}>{getProfession(row.professionCode)?.label ?? row.professionCode}</td>
      <td className={TD}>{row.speciality ? (MEDICAL_SPECIALITY_LABELS[row.speciality as MedicalSpecialityCode] ?? row.speciality) : '—'}</td>
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
      <td className={`${TD} min-w-48 max-w-72 break-words`}>{row.comment ?? ''}</td>
      <td className={TD}>
        <StatusBadge status={status} />
      </td>
      <td className={TD}>
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
