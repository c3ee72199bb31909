import type { SummarySection } from '@/lib/rpps/summary-view';

/** Label / value rows, one card per section: the guide's « Récapitulatif ». */
export function SummarySections({ sections, headingLevel = 2 }: { sections: SummarySection[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-4">
      {sections.map((section) => (
        <section key={section.title} className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <Heading className="mb-3 text-lg font-bold">{section.title}</Heading>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(12rem,auto)_1fr]">
            {section.rows.map((row) => (
              <div key={row.label} className="contents">
                <dt className="font-medium">{row.label} :</dt>
                <dd className="[overflow-wrap:anywhere]">{row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
