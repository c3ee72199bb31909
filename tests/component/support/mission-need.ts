import type { MissionCriteria, MissionNeed } from '@/lib/missions/need';

/** A nurse for December and January, 1 of 3 positions filled, intensive care experience asked: the need
 * the component tests' missions start from (lib/missions/need.ts). */
export function missionNeed(): MissionNeed & MissionCriteria {
  return {
    professionCode: 'NURSE',
    speciality: null,
    startDate: new Date(Date.UTC(2026, 11, 1)),
    endDate: new Date(Date.UTC(2027, 0, 31)),
    requestedCount: 3,
    filledCount: 1,
    status: 'OPEN',
    needsEhpadExperience: false,
    needsIcuExperience: true,
    vaccinationSupport: false,
    needsVehicle: false,
    needsWeekend: false,
  };
}
