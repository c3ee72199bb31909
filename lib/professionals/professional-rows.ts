import type { CheckedSignUp } from '@/lib/professionals/check-sign-up';
import { normalisedIdentifier } from '@/lib/validation/professional';

// How a checked sign-up becomes rows, for the sign-up form and for the volunteers an agency imports
// (same record, same rules): one mapping, so a new field of SPEC §5.1 cannot reach one path only.

/** The `professionals` columns of a checked sign-up; the caller adds the ids and the periods. */
export function professionalColumns(record: CheckedSignUp, consentedAt: Date) {
  return {
    phone: record.phone,
    postalCode: record.postalCode,
    city: record.city,
    departmentCode: record.location.departmentCode,
    regionCode: record.regionCode,
    longitude: record.location.coordinates[0],
    latitude: record.location.coordinates[1],
    professionCode: record.professionCode,
    speciality: record.speciality,
    activityType: record.activityType,
    identifierType: record.identifierType,
    identifierNumber: normalisedIdentifier(record.identifierType, record.identifierNumber),
    employer: record.employer,
    hasVehicle: record.hasVehicle,
    ehpadExperience: record.ehpadExperience,
    icuExperience: record.icuExperience,
    vaccinationExperience: record.vaccinationExperience,
    availableWeekdays: record.availableWeekdays,
    availableWeekends: record.availableWeekends,
    mobilisation: record.mobilisation,
    comment: record.comment,
    termsAcceptedAt: consentedAt,
    dataConsentAt: consentedAt,
  };
}

/** The availability periods as `date` columns store them (UTC midnight). */
export function periodColumns(record: Pick<CheckedSignUp, 'periods'>): { startDate: Date; endDate: Date | null }[] {
  return record.periods.map((period) => ({ startDate: utcDate(period.startDate), endDate: period.endDate ? utcDate(period.endDate) : null }));
}

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}
