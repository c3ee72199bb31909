import type { Mission } from '@/lib/generated/prisma/client';

// What an establishment asked for, as every mission table, the choosing page and the CCS's alerts show
// it: one declaration, so that a column added to the need is added to all of them.

/** The profession, the dates and the positions: requested, and filled by validated volunteers (POURVUE x/n). */
export type MissionNeed = Pick<Mission, 'professionCode' | 'speciality' | 'startDate' | 'endDate' | 'requestedCount' | 'filledCount' | 'status'>;

/** The need's criteria (SPEC §6.1), which the candidate search matches. */
export type MissionCriteria = Pick<Mission, 'needsEhpadExperience' | 'needsIcuExperience' | 'vaccinationSupport' | 'needsVehicle' | 'needsWeekend'>;
