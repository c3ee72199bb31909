import { PageTitle } from '@/components/ui/page-title';
import { ColumnsHelp } from '@/components/imports/columns-help';
import { ImportPanel, type ImportActions } from '@/components/imports/import-panel';

/** The page body shared by `/ars/imports` (the region's lines) and `/ccs/imports` (any region). */
export function ImportsPage({ scopeLabel, national, actions }: { scopeLabel: string; national: boolean; actions: ImportActions }) {
  return (
    <div className="space-y-6">
      <PageTitle
        lead={`${scopeLabel}. Prévisualisez le fichier : chaque ligne est vérifiée et ses erreurs affichées. « Importer » crée alors tous les comptes ou aucun, et envoie les emails d’activation. Une adresse déjà connue n’est jamais réimportée : importer deux fois le même fichier ne crée rien de plus.${
          national ? '' : ' Seules les lignes de votre région peuvent être importées.'
        }`}
      >
        Imports
      </PageTitle>
      <ColumnsHelp />
      <ImportPanel actions={actions} />
    </div>
  );
}
