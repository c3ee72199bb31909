'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { CandidateQuery } from '@/lib/candidates/query';
import { filterValue, type FilterField } from '@/components/candidates/filter-model';
import { candidateHref } from '@/components/candidates/query-url';

/**
 * A filter per column (SPEC §6.4) as a GET form: without JavaScript it writes the URL itself; with it,
 * empty fields are left out of the URL and the page changes without a full reload. The sort is kept,
 * the page goes back to 1. Remounted by the page whenever the URL changes (key), so it shows the URL.
 */
export function CandidateFilters({
  pathname,
  query,
  fields,
  open,
}: {
  pathname: string;
  query: CandidateQuery;
  fields: readonly FilterField[];
  open: boolean;
}) {
  const router = useRouter();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
    }
    const search = params.toString();
    router.push(`${pathname}${search ? `?${search}` : ''}`, { scroll: false });
  }

  return (
    <details open={open} className="rounded-lg bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-bold">Filtrer les candidats</summary>
      <form method="get" action={pathname} role="search" aria-label="Filtrer les candidats" onSubmit={onSubmit} className="mt-4 space-y-4">
        {query.sort !== 'rank' ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {query.direction !== 'asc' ? <input type="hidden" name="direction" value={query.direction} /> : null}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {fields.map((field) => {
            const common = { id: `filtre-${field.key}`, name: field.key, label: field.label, defaultValue: filterValue(query, field.key), hint: field.hint };
            if (field.kind === 'select') return <SelectField key={field.key} {...common} options={field.options ?? []} placeholder="—" />;
            return <TextField key={field.key} {...common} type={field.kind === 'date' ? 'date' : 'text'} maxLength={100} autoComplete="off" />;
          })}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">Filtrer</Button>
          <Link href={candidateHref(pathname, { ...query, ...Object.fromEntries(fields.map((f) => [f.key, undefined])) }, { page: 1 })} className="text-brand underline">
            Effacer les filtres
          </Link>
        </div>
      </form>
    </details>
  );
}
