import { assertTransition, CANDIDACY_STATUSES, canTransition, IllegalTransitionError, isTerminal } from '@/lib/candidacies/transitions';
import { matchingCriteria, professionsMatching } from '@/lib/candidates/criteria';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';

const ALL: CandidacyStatus[] = ['PROPOSED', 'CONTACTED', 'ASSIGNED', 'REFUSED', 'WITHDRAWN', 'EXPIRED', 'DECLINED'];
const LEGAL = new Set([
  'new>PROPOSED',
  'new>CONTACTED',
  'PROPOSED>CONTACTED',
  'PROPOSED>WITHDRAWN',
  'PROPOSED>DECLINED',
  'CONTACTED>ASSIGNED',
  'CONTACTED>REFUSED',
  'CONTACTED>EXPIRED',
  'CONTACTED>DECLINED',
]);

describe('candidacy transitions (SPEC §10)', () => {
  it.each([null, ...ALL].flatMap((from) => ALL.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const legal = LEGAL.has(`${from ?? 'new'}>${to}`);
    expect(canTransition(from, to)).toBe(legal);
    if (legal) expect(() => assertTransition(from, to)).not.toThrow();
    else expect(() => assertTransition(from, to)).toThrow(IllegalTransitionError);
  });

  it('ends at ASSIGNED, REFUSED, WITHDRAWN, EXPIRED and DECLINED', () => {
    expect(ALL.filter(isTerminal)).toEqual(['ASSIGNED', 'REFUSED', 'WITHDRAWN', 'EXPIRED', 'DECLINED']);
  });

  it('lists every status of the enum', () => {
    expect(CANDIDACY_STATUSES).toEqual(ALL);
  });
});

describe('matching rules (SPEC §6.4)', () => {
  const base = {
    professionCode: 'NURSE',
    vaccinationSupport: false,
    needsVehicle: false,
    needsWeekend: false,
    needsEhpadExperience: false,
    needsIcuExperience: false,
    regionCode: '76',
    nationalPoolOpen: false,
    departmentCode: '31',
    longitude: 1.44,
    latitude: 43.6,
  };

  it('asks for the same profession', () => {
    expect(matchingCriteria(base).professionCodes).toEqual(['NURSE']);
  });

  it('keeps only professions eligible to vaccinate for « Aide pour la vaccination »', () => {
    expect(professionsMatching('NURSE', true)).toEqual(['NURSE']);
    expect(professionsMatching('CARE_ASSISTANT', true)).toEqual([]);
    const anyEligible = professionsMatching('VACCINATION_ELIGIBLE', true);
    expect(anyEligible).toEqual(expect.arrayContaining(['NURSE', 'DOCTOR', 'PHARMACIST', 'MIDWIFE', 'VACCINATION_ELIGIBLE']));
    expect(anyEligible).not.toContain('CARE_ASSISTANT');
  });

  it('carries week-end, vehicle and experience needs, region and national pool', () => {
    const criteria = matchingCriteria({ ...base, needsWeekend: true, needsVehicle: true, needsEhpadExperience: true, needsIcuExperience: true, nationalPoolOpen: true });
    expect(criteria).toMatchObject({ requireWeekend: true, requireVehicle: true, requireEhpad: true, requireIcu: true, regionCode: '76', includeNationalPool: true });
  });
});
