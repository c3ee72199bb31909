import { PageTitle } from '@/components/ui/page-title';

// The exports of SPEC §7.2 as plain download links (no JavaScript needed): the route handler streams
// the file and names it. Shared by `/ars/exports` and `/ccs/exports`; the scope follows the account.

const DATASETS = [
  {
    slug: 'missions',
    title: 'Missions',
    description: 'Toutes les missions, ouvertes et archivées, avec leur établissement, les critères, « POURVUE x/n », l’alerte CCS et les dates de création et de première affectation.',
  },
  {
    slug: 'benevoles',
    title: 'Bénévoles',
    description: 'Les professionnels inscrits, avec leur fiche, leurs périodes de disponibilité et leur statut au moment de l’export.',
  },
  {
    slug: 'affectations',
    title: 'Affectations',
    description: 'Les professionnels affectés aux missions, avec l’établissement, les dates de la mission et le compte qui a validé.',
  },
] as const;

const FORMATS = [
  { format: 'xlsx', label: 'Excel (.xlsx)' },
  { format: 'csv', label: 'CSV (.csv)' },
] as const;

export function ExportsPage({ scopeLabel }: { scopeLabel: string }) {
  return (
    <div className="space-y-6">
      <PageTitle lead={`${scopeLabel}. Chaque export contient des données personnelles : il est tracé, et le fichier doit rester dans les outils de l’agence.`}>
        Exports
      </PageTitle>
      <ul className="grid gap-4 md:grid-cols-3">
        {DATASETS.map((dataset) => (
          <li key={dataset.slug} className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm">
            <h2 className="text-lg font-bold">{dataset.title}</h2>
            <p className="flex-1 text-sm text-muted">{dataset.description}</p>
            <ul className="flex flex-wrap gap-3">
              {FORMATS.map(({ format, label }) => (
                <li key={format}>
                  <a href={`/api/exports/${dataset.slug}?format=${format}`} download className="inline-flex min-h-11 items-center rounded border border-brand px-3 py-2 text-brand underline hover:bg-brand-light" data-testid={`export-${dataset.slug}-${format}`}>
                    {dataset.title} — {label}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        Les fichiers CSV sont encodés en UTF-8 et séparés par des points-virgules, comme les attend Excel en français. Les dates sont au format JJ/MM/AAAA, les heures à l’heure de Paris.
      </p>
    </div>
  );
}
