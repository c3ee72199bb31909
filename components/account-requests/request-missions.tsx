import type { PendingMission } from '@/lib/account-requests/list-pending-account-requests';
import { formatDay } from '@/lib/dates/format';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';

/** The missions asked for with a request, as they will be created on « Valider ». */
export function RequestMissions({ missions, noImmediateNeed, label }: { missions: PendingMission[] | null; noImmediateNeed: boolean; label: string }) {
  if (missions === null) {
    return <p className="text-sm text-danger">{ACCOUNT_REQUEST_MESSAGES.unreadableMissions}</p>;
  }
  if (missions.length === 0) {
    return <p className="text-sm">{noImmediateNeed ? "Pas de besoin immédiat : le compte sera créé sans mission." : 'Aucune mission.'}</p>;
  }
  return (
    // Focusable so that a keyboard user can scroll the table on a narrow screen.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pr-3">Profession</th>
            <th scope="col" className="py-2 pr-3">Date de début</th>
            <th scope="col" className="py-2 pr-3">Date de fin</th>
            <th scope="col" className="py-2 pr-3">Nombre</th>
            <th scope="col" className="py-2 pr-3">Critères</th>
            <th scope="col" className="py-2">Précisions</th>
          </tr>
        </thead>
        <tbody>
          {missions.map((mission, index) => (
            <tr key={index} className="border-b border-gray-200 align-top">
              <td className="py-2 pr-3">
                {mission.professionLabel}
                {mission.specialityLabel ? <span className="block text-muted">{mission.specialityLabel}</span> : null}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatDay(mission.startDate)}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatDay(mission.endDate)}</td>
              <td className="py-2 pr-3">{mission.requestedCount}</td>
              <td className="py-2 pr-3">{mission.criteria.length > 0 ? mission.criteria.join(', ') : '—'}</td>
              <td className="py-2 break-words">{mission.details ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
