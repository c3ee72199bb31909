import { ESTABLISHMENT_COLUMNS, MODEL_FILES, VOLUNTEER_COLUMNS, type ColumnSpec, type ImportKind } from '@/lib/imports/column-specs';

// The columns each file must have, with the values accepted: the documentation lives next to the
// upload, and the model files of public/modeles/ carry the same headers.

function ColumnsTable({ caption, columns }: { caption: string; columns: readonly ColumnSpec[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="py-2 text-left font-bold">{caption}</caption>
        <thead className="border-b-2 border-ink">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              Colonne
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Obligatoire
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Valeurs acceptées
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.field} className="border-b border-gray-200 align-top">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {column.label}
              </th>
              <td className="px-3 py-2">{column.required ? 'Oui' : 'Non'}</td>
              <td className="px-3 py-2">{column.help}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Models({ kind }: { kind: ImportKind }) {
  return (
    <>
      <p className="text-sm">Les modèles contiennent deux lignes d’exemple, à remplacer par vos données.</p>
      <ul className="flex flex-wrap gap-3">
        {MODEL_FILES[kind].map((model) => (
          <li key={model.href}>
            <a href={model.href} download className="text-brand underline">
              {model.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ColumnsHelp() {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <details className="rounded-lg bg-white p-4 shadow-sm">
        <summary className="cursor-pointer font-bold">Colonnes du fichier des comptes établissements (Annexe 2)</summary>
        <div className="mt-3 space-y-3">
          <p className="text-sm">
            Le tableur de l’Annexe 2 de l’instruction du 10 juillet 2020, première feuille, colonnes A à K, plus une colonne « SIRET » facultative que l’Annexe
            n’a pas. Chaque ligne crée un compte établissement actif, rattaché à l’établissement du FINESS (créé s’il est nouveau), et envoie l’email d’activation.
          </p>
          <Models kind="etablissements" />
          <ColumnsTable caption="Colonnes des comptes établissements" columns={ESTABLISHMENT_COLUMNS} />
        </div>
      </details>
      <details className="rounded-lg bg-white p-4 shadow-sm">
        <summary className="cursor-pointer font-bold">Colonnes du fichier des bénévoles</summary>
        <div className="mt-3 space-y-3">
          <p className="text-sm">
            Les champs du formulaire d’inscription, une ligne par personne et une période de disponibilité. Chaque ligne crée un compte professionnel et envoie l’email
            d’activation (lien valable 72 h) ; la personne complète ensuite sa fiche et ses documents.
          </p>
          <Models kind="benevoles" />
          <ColumnsTable caption="Colonnes des bénévoles" columns={VOLUNTEER_COLUMNS} />
        </div>
      </details>
    </div>
  );
}
