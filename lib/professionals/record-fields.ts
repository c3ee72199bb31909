import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The fields of a volunteer's record (SPEC §5.1) that every reader of it shows: the volunteer's « Ma
 * fiche », the establishment's candidate sheet, the regulators' sheet and export. Each reader adds what
 * only it shows (the employer is not on an establishment's sheet, for instance).
 */
export const RECORD_FIELDS_SELECT = {
  phone: true,
  postalCode: true,
  city: true,
  professionCode: true,
  speciality: true,
  activityType: true,
  identifierType: true,
  identifierNumber: true,
  hasVehicle: true,
  ehpadExperience: true,
  icuExperience: true,
  vaccinationExperience: true,
  availableWeekdays: true,
  availableWeekends: true,
  mobilisation: true,
  comment: true,
} as const satisfies Prisma.ProfessionalSelect;
