import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { RPPS_PROCEDURE_LABELS, RPPS_PROCEDURES, RPPS_STATUS_HINTS, RPPS_STATUS_LABELS, RPPS_STATUSES } from '@/lib/rpps/shared/labels';
import type { RequestListQuery } from '@/lib/validation/rpps';

/**
 * The filters of « Liste des demandes »: a plain GET form (no script needed; the URL keeps the filters,
 * so a page can be bookmarked or shared with a colleague of the same establishment).
 */
export function RequestFilters({ query }: { query: RequestListQuery }) {
  return (
    <form
      method="get"
      action="/rpps/demandes"
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
      role="search"
      aria-label="Rechercher des demandes"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Nom ou prénom du professionnel" name="nom" defaultValue={query.nom ?? ''} autoComplete="off" />
        <TextField
          label="N° FINESS (ou SIRET, ou GID) de l'établissement"
          name="etablissement"
          defaultValue={query.etablissement ?? ''}
          autoComplete="off"
          inputMode="numeric"
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <fieldset className="space-y-2">
          <legend className="font-medium">Statut des demandes</legend>
          {RPPS_STATUSES.map((status) => (
            <div key={status} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`statut-${status}`}
                name="statut"
                value={status}
                defaultChecked={query.statut.includes(status)}
                aria-describedby={`statut-${status}-hint`}
                className="mt-1 h-5 w-5 shrink-0 accent-brand"
              />
              <div>
                <label htmlFor={`statut-${status}`}>{RPPS_STATUS_LABELS[status]}</label>
                <p id={`statut-${status}-hint`} className="text-sm text-muted">
                  {RPPS_STATUS_HINTS[status]}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-medium">Procédures</legend>
          {RPPS_PROCEDURES.map((procedure) => (
            <div key={procedure} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`procedure-${procedure}`}
                name="procedure"
                value={procedure}
                defaultChecked={query.procedure.includes(procedure)}
                className="mt-1 h-5 w-5 shrink-0 accent-brand"
              />
              <label htmlFor={`procedure-${procedure}`}>{RPPS_PROCEDURE_LABELS[procedure]}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <Button type="submit">Rechercher</Button>
    </form>
  );
}
