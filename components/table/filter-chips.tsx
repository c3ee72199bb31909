import Link from 'next/link';

// The filters in force above a table, each removable in one click (SPEC §6.4: « active filters
// visible »), so that a filtered table never passes for the whole list.

export interface FilterChip {
  key: string;
  label: string;
  valueLabel: string;
  /** The table's URL without this filter. */
  href: string;
}

export function FilterChipList({ chips, clearHref }: { chips: readonly FilterChip[]; clearHref: string }) {
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="active-filters">
      <p className="text-sm font-medium" id="active-filters-title">
        Filtres actifs :
      </p>
      <ul aria-labelledby="active-filters-title" className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              aria-label={`Retirer le filtre ${chip.label} : ${chip.valueLabel}`}
              className="inline-flex min-h-8 items-center gap-2 rounded-full bg-brand-light px-3 py-1 text-sm text-brand-dark hover:bg-blue-200"
            >
              <span>
                {chip.label} : {chip.valueLabel}
              </span>
              <span aria-hidden className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={clearHref} className="text-sm text-brand underline">
        Effacer tous les filtres
      </Link>
    </div>
  );
}
