/** « Type d'identifiant » of a volunteer (SPEC §5.1). The codes are the Prisma enum `IdentifierType`. */
export const IDENTIFIER_TYPE_CODES = ['RPPS', 'ADELI', 'NONE'] as const;

export type IdentifierTypeCode = (typeof IDENTIFIER_TYPE_CODES)[number];

export const IDENTIFIER_TYPE_LABELS: Record<IdentifierTypeCode, string> = {
  RPPS: 'RPPS',
  ADELI: 'ADELI',
  NONE: 'Aucun',
};
