/** « Type d'activité » of a volunteer (SPEC §5.1). The codes are the Prisma enum `ActivityType`. */
export const ACTIVITY_TYPE_CODES = ['EMPLOYEE', 'LIBERAL', 'STUDENT', 'RETIRED', 'UNEMPLOYED', 'OTHER'] as const;

export type ActivityTypeCode = (typeof ACTIVITY_TYPE_CODES)[number];

export const ACTIVITY_TYPE_LABELS: Record<ActivityTypeCode, string> = {
  EMPLOYEE: 'Salarié',
  LIBERAL: 'Libéral',
  STUDENT: 'Étudiant',
  RETIRED: 'Retraité',
  UNEMPLOYED: 'Sans emploi',
  OTHER: 'Autre',
};
