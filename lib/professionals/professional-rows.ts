import type { CheckedSignUp } from '@/lib/professionals/sign-up/check-sign-up';
import type { PostalCodeInfo } from '@/lib/reference/postal-codes';
import { normalisedIdentifier, type ProfessionalRecord } from '@/lib/validation/professional';
import { fromIsoDay } from '@/lib/dates/days';

// How a volunteer's record becomes rows — the sign-up form, the volunteers an agency imports and « Ma
// fiche » (same record, same rules): one mapping, so a new field of SPEC §5.1 cannot reach one path only.

/**
 * The `professionals` columns of a record (SPEC §5.1) whose postal code was looked up: department, region
 * of the map point and coordinates come from the lookup, never from the client. Shared by the sign-up, the
 * volunteer import and « Ma fiche ». The caller has normalised the speciality.
 */
export function recordColumns(record: ProfessionalRecord, place: PostalCodeInfo) {
  return {
    phone: record.phone,
    postalCode: place.postalCode,
    city: record.city,
    departmentCode: place.departmentCode,
    regionCode: record.regionCode,
    longitude: place.coordinates[0],
    latitude: place.coordinates[1],
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
  };
}

/** The columns of a new volunteer: the record, and the consents given at sign-up (or on the platform an import comes from). */
export function professionalColumns(record: CheckedSignUp, consentedAt: Date) {
  return { ...recordColumns(record, record.location), termsAcceptedAt: consentedAt, dataConsentAt: consentedAt };
}

/** The availability periods as `date` columns store them (UTC midnight). */
export function periodColumns(record: Pick<CheckedSignUp, 'periods'>): { startDate: Date; endDate: Date | null }[] {
  return record.periods.map((period) => ({ startDate: fromIsoDay(period.startDate), endDate: period.endDate ? fromIsoDay(period.endDate) : null }));
}
