import type { ReactNode } from 'react';

/** One block of « Mon compte », titled for the page's outline. */
export function AccountSection({ id, title, lead, children }: { id: string; title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <div>
        <h2 id={`${id}-title`} className="text-xl font-bold">
          {title}
        </h2>
        {lead ? <p className="mt-1 text-sm text-muted">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}
