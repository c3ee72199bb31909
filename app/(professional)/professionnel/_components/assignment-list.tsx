import { formatDay } from '@/lib/dates/format';
import type { OwnAssignment } from '@/lib/professionals/own';

/** The volunteer's assignments (SPEC §5.2): dates, establishment, and whom to contact — the account that validated. */
export function AssignmentList({ assignments }: { assignments: OwnAssignment[] }) {
  if (assignments.length === 0) {
    return <p data-testid="no-assignments">Aucune affectation pour le moment. Vous recevrez un email dès qu’un établissement validera votre venue.</p>;
  }
  return (
    <ul className="space-y-3" data-testid="assignments">
      {assignments.map((assignment) => (
        <li key={assignment.candidacyId} className="rounded border border-gray-300 p-3">
          <p className="font-bold">{assignment.establishmentName}</p>
          <p>
            Du {formatDay(assignment.startDate)} au {formatDay(assignment.endDate)}
            {assignment.current ? null : <span className="text-muted"> (terminée)</span>}
          </p>
          <p className="text-sm text-muted">{assignment.professionLabel}</p>
          {assignment.validatedByEmail ? (
            <p className="text-sm break-words">
              Validée par :{' '}
              <a href={`mailto:${assignment.validatedByEmail}`} className="text-brand underline">
                {assignment.validatedByEmail}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
