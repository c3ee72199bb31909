'use client';

import { Button } from '@/components/ui/button';

/**
 * « Retirer » a proposal (« En cours ») the establishment has not acted on yet, on « Proposer » and on the
 * volunteer sheet: no confirmation, as nobody else is told and the volunteer can be proposed again.
 */
export function WithdrawButton({ volunteerName, busy, disabled, onClick }: { volunteerName: string; busy: boolean; disabled: boolean; onClick: () => void }) {
  return (
    <Button type="button" variant="secondary" className="min-h-9 px-3 py-1 text-sm" busy={busy} disabled={disabled} onClick={onClick}>
      Retirer<span className="sr-only"> la proposition de {volunteerName}</span>
    </Button>
  );
}

/** What a withdrawal did, in the notice of either list. */
export function withdrawnMessage(volunteerName: string): string {
  return `La proposition de ${volunteerName} est retirée : ce renfort est de nouveau disponible.`;
}
