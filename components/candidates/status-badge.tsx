import type { CandidateStatus } from '@/lib/candidates/query';
import { assignedUntilLabel, CANDIDATE_STATUS_LABELS } from '@/components/candidates/labels';

// Text on a light tint, every pair above 4.5:1 (RGAA); the word carries the meaning, not the colour.
const TONES: Record<CandidateStatus, string> = {
  DISPONIBLE: 'bg-green-50 text-success',
  PROPOSED: 'bg-orange-50 text-warning',
  CONTACTED: 'bg-brand-light text-brand-dark',
  ASSIGNED: 'bg-gray-200 text-ink',
};

/**
 * A candidate's status for this mission. `assignedUntil` (a volunteer « Disponible » for this mission
 * but assigned elsewhere until before it starts, SPEC §6.4) reads « Affecté jusqu'au JJ/MM/AAAA ».
 */
export function StatusBadge({ status, assignedUntil = null }: { status: CandidateStatus; assignedUntil?: string | null }) {
  const label = status === 'DISPONIBLE' && assignedUntil ? assignedUntilLabel(assignedUntil) : CANDIDATE_STATUS_LABELS[status];
  const tone = status === 'DISPONIBLE' && assignedUntil ? TONES.ASSIGNED : TONES[status];
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm font-medium ${tone}`}>{label}</span>;
}
