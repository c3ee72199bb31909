/**
 * « Mobilisation » of a volunteer: how far from home they accept to go (SPEC §5.1).
 * The codes are the Prisma enum `Mobilisation`, ordered from the nearest to the widest.
 */
export const MOBILISATION_CODES = ['LOCAL', 'DEPARTMENTAL', 'REGIONAL', 'NATIONAL'] as const;

export type MobilisationCode = (typeof MOBILISATION_CODES)[number];

export const MOBILISATION_LABELS: Record<MobilisationCode, string> = {
  LOCAL: 'Locale',
  DEPARTMENTAL: 'Départementale',
  REGIONAL: 'Régionale',
  NATIONAL: 'Nationale',
};
