import type { CandidateStatus } from '@/lib/candidates/query';
import { CANDIDATE_STATUS_LABELS } from '@/components/candidates/labels';

// Text on a light tint, every pair above 4.5:1 (RGAA); the word carries the meaning, not the colour.
const TONES: Record<CandidateStatus, string> = {
  DISPONIBLE: 'bg-green-50 text-success',
  PROPOSED: 'bg-orange-50 text-warning',
  CONTACTED: 'bg-brand-light text-brand-dark',
  ASSIGNED: 'bg-gray-200 text-ink',
};

export function StatusBadge({ status }: { status: CandidateStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm font-medium ${TONES[status]}`}>{CANDIDATE_STATUS_LABELS[status]}</span>;
}
