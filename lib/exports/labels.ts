import { ACTIVITY_TYPE_LABELS, type ActivityTypeCode } from '@/lib/reference/activity-types';
import { getFinessCategory } from '@/lib/reference/finess-categories';
import { IDENTIFIER_TYPE_LABELS, type IdentifierTypeCode } from '@/lib/reference/identifier-types';
import { MEDICAL_SPECIALITY_LABELS, isMedicalSpecialityCode } from '@/lib/reference/medical-specialities';
import { MOBILISATION_LABELS, type MobilisationCode } from '@/lib/reference/mobilisation';
import { getProfession } from '@/lib/reference/professions';
import { getRegion } from '@/lib/reference/regions';
import type { UserStatus } from '@/lib/generated/prisma/enums';

// Codes as the French words of the screens, so that an export reads like the tables it comes from.

export const professionLabel = (code: string): string => getProfession(code)?.label ?? code;
export const specialityLabel = (code: string | null): string | null => (code && isMedicalSpecialityCode(code) ? MEDICAL_SPECIALITY_LABELS[code] : code);
export const categoryLabel = (code: string): string => getFinessCategory(code)?.label ?? code;
export const arsLabel = (regionCode: string): string => getRegion(regionCode)?.arsName ?? regionCode;
export const regionLabel = (regionCode: string): string => getRegion(regionCode)?.name ?? regionCode;
export const activityLabel = (code: ActivityTypeCode): string => ACTIVITY_TYPE_LABELS[code];
export const identifierTypeLabel = (code: IdentifierTypeCode): string => IDENTIFIER_TYPE_LABELS[code];
export const mobilisationLabel = (code: MobilisationCode): string => MOBILISATION_LABELS[code];

export const ACCOUNT_STATUS_LABELS: Record<UserStatus, string> = {
  AWAITING_VALIDATION: 'En attente de validation',
  ACTIVE: 'Actif',
  DISABLED: 'Désactivé',
};
