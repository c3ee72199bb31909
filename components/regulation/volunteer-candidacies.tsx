import Link from 'next/link';
import type { VolunteerCandidacy } from '@/lib/professionals/regulator-sheet';
import { formatDay, formatInstant } from '@/lib/dates/format';
import { professionLabel } from '@/components/establishment/format';
import { CANDIDACY_STATUS_LABELS } from '@/components/regulation/format';
import { PlainHeaders } from '@/components/table/table-region';

const HEADERS = ['Établissement', 'Mission', 'Statut', 'Poussé par ARS/Direction Régionale ou CCS', 'Dernière action'];

/** Where the volunteer has been proposed, contacted or assigned; a mission of the scope opens its page. */
export function VolunteerCandidacies({ rows, base }: { rows: VolunteerCandidacy[]; base: string }) {
  return (
    <section aria-labelledby="volunteer-candidacies-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="volunteer-candidacies-title" className="mb-2 text-lg font-bold">
        Candidatures
      </h2>
      {rows.length === 0 ? (
        <p>Aucune candidature pour l’instant.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr>
                <PlainHeaders labels={HEADERS} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-200">
                  <td className="px-2 py-2">{row.establishmentName}</td>
                  <td className="px-2 py-2">
                    <Link href={`${base}/missions/${row.missionId}`} className="text-brand underline">
                      {professionLabel(row.missionProfessionCode)} du {formatDay(row.missionStartDate)} au {formatDay(row.missionEndDate)}
                    </Link>
                  </td>
                  <td className="px-2 py-2">{CANDIDACY_STATUS_LABELS[row.status]}</td>
                  <td className="px-2 py-2">{row.proposed ? 'Oui' : 'Non'}</td>
                  <td className="whitespace-nowrap px-2 py-2">{formatInstant(row.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
