import type { ReactNode } from 'react';

/**
 * A titled white card of a page (« Mon compte »'s blocks, the regulators' settings, a long form's parts):
 * its heading names the section for the page's outline and screen readers (aria-labelledby), so that
 * a phone user can skip between them. `id` makes the heading's id, `${id}-title`.
 */
export function Panel({ id, title, lead, titleSize = 'xl', children }: { id: string; title: ReactNode; lead?: ReactNode; titleSize?: 'lg' | 'xl'; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <div>
        <h2 id={`${id}-title`} className={titleSize === 'xl' ? 'text-xl font-bold' : 'text-lg font-bold'}>
          {title}
        </h2>
        {lead ? <p className="mt-1 text-sm text-muted">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}
