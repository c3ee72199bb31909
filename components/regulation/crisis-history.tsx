import type { CrisisModeView } from '@/lib/regulation/crisis';
import { formatInstant } from '@/lib/dates/format';
import { professionLabel } from '@/components/establishment/format';

const HEADERS = ['Activé le', 'Par', 'Professions', 'Désactivé le', 'Par'];

/** Every switch of the region, newest first: the crisis_modes rows are the log (the audit log holds the same). */
export function CrisisHistory({ history }: { history: CrisisModeView[] }) {
  return (
    <section aria-labelledby="crisis-history-title" className="space-y-2">
      <h2 id="crisis-history-title" className="text-xl font-bold">
        Historique
      </h2>
      {history.length === 0 ? (
        <p className="rounded-lg bg-white p-4 shadow-sm">Le mode gestion de crise n’a jamais été activé dans cette région.</p>
      ) : (
        <div role="region" aria-labelledby="crisis-history-title" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm">
          <table className="min-w-full text-sm" data-testid="crisis-history">
            <thead>
              <tr>
                {HEADERS.map((header, index) => (
                  <th key={`${header}-${index}`} scope="col" className="border-b-2 border-ink px-2 py-2 text-left">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {history.map((row) => (
                <tr key={row.id} className="border-b border-gray-200">
                  <td className="whitespace-nowrap px-2 py-2">{formatInstant(row.startedAt)}</td>
                  <td className="px-2 py-2">{row.startedBy ?? '—'}</td>
                  <td className="px-2 py-2">{row.allProfessions ? 'Toutes les professions' : row.professionCodes.map(professionLabel).join(', ')}</td>
                  <td className="whitespace-nowrap px-2 py-2">{row.endedAt ? formatInstant(row.endedAt) : 'En cours'}</td>
                  <td className="px-2 py-2">{row.endedAt ? (row.endedBy ?? '—') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
