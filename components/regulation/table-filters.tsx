import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

// A filter per column (SPEC §7.2) as a plain GET form: it works without JavaScript and the URL keeps
// the view. The filters in force are listed under it, each with a link that removes it.

export interface FilterSpec {
  key: string;
  label: string;
  kind: 'text' | 'select' | 'date' | 'number';
  options?: readonly SelectOption[];
  hint?: string;
  /** The empty choice of a select (default « — »: no filter). */
  placeholder?: string;
}

export const YES_NO: readonly SelectOption[] = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
];

/** The value of a query field as the form and the URL write it. */
export function formValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return String(value);
}

interface TableFiltersProps {
  id: string;
  title: string;
  action: string;
  fields: readonly FilterSpec[];
  values: Record<string, string>;
  /** Kept across a new filter (the sort); the page goes back to 1. */
  hidden: Record<string, string>;
  hrefWithout: (key: string) => string;
  clearHref: string;
}

export function TableFilters({ id, title, action, fields, values, hidden, hrefWithout, clearHref }: TableFiltersProps) {
  const active = fields.filter((field) => values[field.key]);
  return (
    <details open={active.length > 0} className="rounded-lg bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-bold">{title}</summary>
      <form method="get" action={action} role="search" aria-label={title} className="mt-4 space-y-4">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {fields.map((field) => {
            const common = { id: `${id}-${field.key}`, name: field.key, label: field.label, hint: field.hint, defaultValue: values[field.key] ?? '' };
            if (field.kind === 'select') return <SelectField key={field.key} {...common} options={field.options ?? []} placeholder={field.placeholder ?? '—'} />;
            return <TextField key={field.key} {...common} type={field.kind === 'text' ? 'text' : field.kind} maxLength={field.kind === 'text' ? 100 : undefined} min={field.kind === 'number' ? 1 : undefined} autoComplete="off" />;
          })}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClasses('primary')}>
            Filtrer
          </button>
          <Link href={clearHref} className="text-brand underline">
            Effacer les filtres
          </Link>
        </div>
      </form>
      {active.length > 0 ? (
        <div className="mt-4 flex flex-wrap items-center gap-2" data-testid="active-filters">
          <p className="text-sm font-medium" id={`${id}-active`}>
            Filtres actifs :
          </p>
          <ul aria-labelledby={`${id}-active`} className="flex flex-wrap gap-2">
            {active.map((field) => {
              const value = values[field.key]!;
              const valueLabel = field.options?.find((option) => option.value === value)?.label ?? value;
              return (
                <li key={field.key}>
                  <Link
                    href={hrefWithout(field.key)}
                    aria-label={`Retirer le filtre ${field.label} : ${valueLabel}`}
                    className="inline-flex min-h-8 items-center gap-2 rounded-full bg-brand-light px-3 py-1 text-sm text-brand-dark"
                  >
                    <span>
                      {field.label} : {valueLabel}
                    </span>
                    <span aria-hidden>×</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </details>
  );
}
