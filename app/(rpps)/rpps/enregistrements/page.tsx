import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { TextField } from '@/components/ui/text-field';
import { requireAreaActor } from '@/lib/auth/session';
import { searchRecords } from '@/lib/rpps/records';
import { recordSearchQuerySchema } from '@/lib/validation/rpps';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Modifier un enregistrement existant' };

function SearchForm({ name, label, value, inputMode }: { name: string; label: string; value?: string; inputMode?: 'numeric' }) {
  return (
    <form
      method="get"
      action="/rpps/enregistrements"
      role="search"
      aria-label={`Rechercher par ${label.toLowerCase()}`}
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
    >
      <TextField label={label} name={name} id={`search-${name}`} defaultValue={value ?? ''} autoComplete="off" inputMode={inputMode} className="flex-1" />
      <Button type="submit" aria-label={`Rechercher par ${label.toLowerCase()}`}>
        Rechercher
      </Button>
    </form>
  );
}

/** Guide §5, image 2: three searches, each with its own « Rechercher ». */
export default async function RecordSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const query = recordSearchQuerySchema.parse(await searchParams);
  const searched = Boolean(query.rpps || query.nom || query.prenom);
  const results = searched ? await searchRecords(actor, query) : [];
  return (
    <div className="space-y-6">
      <PageTitle lead="Pour accéder à l'enregistrement d'un professionnel médico-social, vous devez disposer de son numéro RPPS. Vous trouverez tous les numéros RPPS dans l'Annuaire Santé. Le numéro RPPS est un code à 11 chiffres.">
        Modifier un enregistrement existant
      </PageTitle>
      <div className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <SearchForm name="rpps" label="Numéro RPPS" value={query.rpps} inputMode="numeric" />
        <SearchForm name="nom" label="Nom d'exercice" value={query.nom} />
        <SearchForm name="prenom" label="Prénom d'exercice" value={query.prenom} />
      </div>
      {searched ? (
        <section aria-labelledby="results-title" className="space-y-3">
          <h2 id="results-title" className="text-xl font-bold">
            Résultats
          </h2>
          {results.length === 0 ? (
            <p role="status">Aucun enregistrement trouvé. Un professionnel enregistré par un autre établissement se recherche par son numéro RPPS.</p>
          ) : (
            <ul className="space-y-2" role="list">
              {results.map((result) => (
                <li key={result.rppsNumber} className="flex flex-col gap-1 rounded-lg bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
                  <span>
                    <strong>
                      {result.practiceLastName.toUpperCase()} {result.practiceFirstName}
                    </strong>{' '}
                    — RPPS : {result.rppsNumber}
                  </span>
                  {result.inScope ? (
                    <Link href={`/rpps/enregistrements/${result.rppsNumber}`} className="text-brand underline">
                      Ouvrir l&apos;enregistrement de {result.practiceFirstName} {result.practiceLastName}
                    </Link>
                  ) : (
                    <Link href={`/rpps/enregistrements/${result.rppsNumber}/situations/nouvelle`} className="text-brand underline">
                      Ajouter une situation dans votre établissement
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
