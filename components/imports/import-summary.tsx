import { Alert } from '@/components/ui/alert';
import type { ImportOutcome, ImportPreview } from '@/lib/imports/types';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('fr-FR')} ${count > 1 ? many : one}`;

/** What the preview found, and what « Importer » would do. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const { counts } = preview;
  const parts = [
    plural(counts.new, 'ligne à créer', 'lignes à créer'),
    plural(counts.existing, 'déjà importée', 'déjà importées'),
    ...(counts.duplicate > 0 ? [plural(counts.duplicate, 'doublon', 'doublons')] : []),
    plural(counts.error, 'en erreur', 'en erreur'),
  ];
  const creates = `« Importer » créera ${plural(preview.accountsToCreate, 'compte', 'comptes')}${
    preview.kind === 'etablissements' ? ` et ${plural(preview.establishmentsToCreate, 'établissement', 'établissements')}` : ''
  } et enverra les emails d’activation.`;
  if (counts.error > 0) {
    return (
      <Alert tone="error" title={`${plural(counts.lines, 'ligne lue', 'lignes lues')} : ${parts.join(', ')}.`}>
        Corrigez les lignes en erreur dans le fichier puis prévisualisez-le à nouveau : l’import est tout ou rien, aucune ligne n’est importée tant qu’une ligne est en erreur.
      </Alert>
    );
  }
  return (
    <Alert tone="info" title={`${plural(counts.lines, 'ligne lue', 'lignes lues')} : ${parts.join(', ')}.`}>
      {preview.accountsToCreate > 0 ? creates : 'Rien à importer : toutes les lignes sont déjà importées.'}
    </Alert>
  );
}

export function ImportDone({ outcome }: { outcome: ImportOutcome }) {
  return (
    <Alert tone="success" title="Import terminé">
      {plural(outcome.accountsCreated, 'compte créé', 'comptes créés')} (emails d’activation envoyés, lien valable 72 h)
      {outcome.establishmentsCreated + outcome.establishmentsJoined > 0
        ? `, ${plural(outcome.establishmentsCreated, 'établissement créé', 'établissements créés')}, ${plural(outcome.establishmentsJoined, 'établissement existant rejoint', 'établissements existants rejoints')}`
        : ''}
      {`, ${plural(outcome.linesSkipped, 'ligne ignorée', 'lignes ignorées')} (déjà importées ou en double).`}
    </Alert>
  );
}
