import { IDENTIFIER_TYPE_LABELS, type IdentifierTypeCode } from '@/lib/reference/identifier-types';

/**
 * The saved identifier with « RPPS vérifié » when our RPPS directory knows it (SPEC §5.1). It reflects
 * what is saved, not what is being typed: the check is made by the server on « Valider ».
 */
export function IdentifierSummary({ type, number, verified }: { type: IdentifierTypeCode; number: string; verified: boolean }) {
  if (type === 'NONE' || !number) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 rounded-lg bg-white p-4 shadow-sm" data-testid="identifier-summary">
      <span>
        Identifiant enregistré : {IDENTIFIER_TYPE_LABELS[type]} {number}
      </span>
      {verified ? (
        <span className="rounded bg-green-50 px-2 py-1 text-sm font-bold text-success" data-testid="rpps-verified">
          <span aria-hidden>✓ </span>RPPS vérifié
        </span>
      ) : null}
    </p>
  );
}
