import { certifiedProfessions, keepCertifiedProfession, professionFromPscCode } from '@/lib/federation/psc-professions';

// What Pro Santé Connect's profession certifies (SPEC §16): the RPPS registers every nurse under « 60 »,
// and our list tells IADE, IBODE, puériculture and IPA apart because missions ask for them.

const NURSES = ['NURSE', 'NURSE_ANAESTHETIST', 'OPERATING_ROOM_NURSE', 'PAEDIATRIC_NURSE', 'ADVANCED_PRACTICE_NURSE'];

describe('the professions PSC certifies', () => {
  it('is the nurses for « 60 », the one profession for the others, none without a known code', () => {
    expect(certifiedProfessions(professionFromPscCode('60'))).toEqual(NURSES);
    expect(certifiedProfessions('NURSE_ANAESTHETIST')).toEqual(NURSES);
    expect(certifiedProfessions(professionFromPscCode('10'))).toEqual(['DOCTOR']);
    expect(certifiedProfessions(professionFromPscCode('50'))).toEqual(['MIDWIFE']);
    expect(certifiedProfessions(professionFromPscCode('99'))).toEqual([]);
    expect(certifiedProfessions(null)).toEqual([]);
  });

  it('keeps the chosen profession when the certification allows it, else the certified one', () => {
    expect(keepCertifiedProfession('NURSE', 'NURSE_ANAESTHETIST')).toBe('NURSE_ANAESTHETIST');
    expect(keepCertifiedProfession('OPERATING_ROOM_NURSE', 'NURSE')).toBe('NURSE');
    expect(keepCertifiedProfession('NURSE', 'DOCTOR')).toBe('NURSE');
    expect(keepCertifiedProfession('NURSE', 'NURSING_STUDENT')).toBe('NURSE');
    expect(keepCertifiedProfession('DOCTOR', 'NURSE')).toBe('DOCTOR');
  });
});
