import type { OwnRecord } from '@/lib/professionals/own/record';

/** A volunteer's saved « Ma fiche » (RPPS nurse in Toulouse), for the record form's component tests. */
export function ownRecord(overrides: Omit<Partial<OwnRecord>, 'values'> & { values?: Partial<OwnRecord['values']> } = {}): OwnRecord {
  const { values, ...rest } = overrides;
  return {
    email: 'alex@exemple.test',
    rppsVerified: true,
    ...rest,
    values: {
      lastName: 'Renfort',
      firstName: 'Alex',
      phone: '0600000000',
      postalCode: '31000',
      city: 'Toulouse',
      regionCode: '76',
      professionCode: 'NURSE',
      speciality: '',
      activityType: 'EMPLOYEE',
      identifierType: 'RPPS',
      identifierNumber: '10101010101',
      employer: '',
      hasVehicle: false,
      ehpadExperience: false,
      icuExperience: false,
      vaccinationExperience: false,
      availableWeekdays: true,
      availableWeekends: false,
      mobilisation: 'REGIONAL',
      comment: '',
      ...values,
    },
  };
}
