import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The signed-in user as the data-access layer sees them: reloaded from the database on every request
 * (docs/ARCHITECTURE.md convention 4), never trusted from the session cookie alone.
 */
export interface Actor {
  id: string;
  email: string;
  role: Role;
  firstName: string;
  lastName: string;
  /** Region of an ARS account; null for every other role. */
  regionCode: string | null;
  /** Establishments (FINESS) of an ESTABLISHMENT or RPPS_MANAGER account; empty for other roles. */
  establishmentIds: string[];
  /** The volunteer record of a PROFESSIONAL account. */
  professionalId: string | null;
}

export const ROLE_LABELS: Record<Role, string> = {
  PROFESSIONAL: 'Professionnel / renfort',
  ESTABLISHMENT: 'Compte établissement',
  ARS: 'Agence régionale de santé',
  CCS: 'Centre de crise sanitaire',
  RPPS_MANAGER: 'Gestionnaire RPPS+',
};
