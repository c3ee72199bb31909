import Link from 'next/link';
import type { ReactNode } from 'react';
import { regionName } from '@/components/regulation/format';

/** The CCS's overview of the 18 regions for one setting, each with a link to manage it (`?region=`). */
export function RegionStates({ title, path, current, rows }: { title: string; path: string; current: string | null; rows: { regionCode: string; state: ReactNode }[] }) {
  return (
    <section aria-labelledby="region-states-title" className="space-y-2">
      <h2 id="region-states-title" className="text-xl font-bold">
        {title}
      </h2>
      <div role="region" aria-labelledby="region-states-title" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="min-w-full text-sm" data-testid="region-states">
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink px-2 py-2 text-left">Région</th>
              <th scope="col" className="border-b-2 border-ink px-2 py-2 text-left">État</th>
              <th scope="col" className="border-b-2 border-ink px-2 py-2 text-left">Action</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.regionCode} className="border-b border-gray-200" aria-current={row.regionCode === current ? 'true' : undefined}>
                <td className="px-2 py-2 font-medium">{regionName(row.regionCode)}</td>
                <td className="px-2 py-2">{row.state}</td>
                <td className="px-2 py-2">
                  <Link href={`${path}?region=${row.regionCode}`} className="text-brand underline">
                    Gérer<span className="sr-only"> {regionName(row.regionCode)}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
