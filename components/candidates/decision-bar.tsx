import { Button } from '@/components/ui/button';

/**
 * « Valider les candidatures » / « Refuser les candidatures » (SPEC §6.4): active only when the ticked
 * rows allow it. Validating more volunteers than positions left is refused by the domain anyway; the
 * button says it before the click.
 */
export function DecisionBar({
  selectedCount,
  positionsLeft,
  busy,
  onValidate,
  onRefuse,
}: {
  selectedCount: number;
  positionsLeft: number;
  busy: string | null;
  onValidate: () => void;
  onRefuse: () => void;
}) {
  const tooMany = selectedCount > positionsLeft;
  const canValidate = selectedCount > 0 && !tooMany && busy === null;
  const canRefuse = selectedCount > 0 && busy === null;
  return (
    <div className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
      <p id="selection-status" aria-live="polite" className="text-sm">
        {selectedCount === 0
          ? 'Aucun candidat sélectionné : cochez les candidats au statut « Contacté » pour valider ou refuser leur candidature.'
          : `${selectedCount} ${selectedCount > 1 ? 'candidats sélectionnés' : 'candidat sélectionné'}.`}
        {selectedCount > 0 && tooMany
          ? positionsLeft === 0
            ? ' Cette mission n’a plus de poste à pourvoir : vous pouvez seulement refuser.'
            : ` Il ne reste que ${positionsLeft} ${positionsLeft > 1 ? 'postes' : 'poste'} à pourvoir : sélectionnez moins de candidats pour valider.`
          : ''}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="button" disabled={!canValidate} busy={busy === 'validate'} aria-describedby="selection-status" onClick={onValidate}>
          Valider les candidatures
        </Button>
        <Button type="button" variant="secondary" disabled={!canRefuse} busy={busy === 'refuse'} aria-describedby="selection-status" onClick={onRefuse}>
          Refuser les candidatures
        </Button>
      </div>
    </div>
  );
}
