'use client';

/** Opens the browser's print dialog; not printed itself. */
export function PrintButton({ label = 'Imprimer' }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-brand px-3 py-2 text-sm text-brand hover:bg-brand-light print:hidden"
    >
      {label}
    </button>
  );
}
