import { getRegion } from '@/lib/reference/regions';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';

// What only the ARS/CCS pages show; days, instants, professions and specialities are formatted by
// components/establishment/format.ts, the same way on every page.

export function regionName(code: string): string {
  return getRegion(code)?.name ?? code;
}

/** A candidacy as the regulator follows it (SPEC §10: statuses as shown everywhere). */
export const CANDIDACY_STATUS_LABELS: Record<CandidacyStatus, string> = {
  PROPOSED: 'En cours',
  CONTACTED: 'Contacté',
  ASSIGNED: 'Affecté',
  REFUSED: 'Refusé',
  WITHDRAWN: 'Retiré',
  EXPIRED: 'Réservation expirée',
  DECLINED: 'Décliné par le professionnel',
};
