import { PROFESSIONS } from '@/lib/reference/professions';

// Who matches a mission (SPEC §6.4, and the 2021 guide: "pour une mission d'aide à la vaccination,
// seuls les professionnels éligibles à vacciner sont visibles"). Pure, so the rules are unit-tested
// and the SQL of candidate-search.ts only applies what this returns.

export interface MissionForMatching {
  professionCode: string;
  vaccinationSupport: boolean;
  needsVehicle: boolean;
  needsWeekend: boolean;
  needsEhpadExperience: boolean;
  needsIcuExperience: boolean;
  regionCode: string;
  nationalPoolOpen: boolean;
  /** The establishment's department and point (from its postal code): where « Mobilisation » is measured from. */
  departmentCode: string;
  longitude: number | null;
  latitude: number | null;
}

/** Where a mission takes place, as the volunteers' « Mobilisation » reads it (SPEC §6.4). */
export interface MissionPlace {
  departmentCode: string;
  longitude: number | null;
  latitude: number | null;
}

/** « Locale » mobilisation: establishments within this distance of the volunteer's postal code (SPEC §6.4). */
export const LOCAL_RADIUS_KM = 30;

export interface MatchingCriteria {
  professionCodes: string[];
  requireVehicle: boolean;
  requireWeekend: boolean;
  requireEhpad: boolean;
  requireIcu: boolean;
  regionCode: string;
  /** Volunteers of other regions who chose « Nationale » mobilisation, once the CCS opened the pool. */
  includeNationalPool: boolean;
  /** The CCS may push volunteers from any region (SPEC §7.2): no geographic restriction at all. */
  anyRegion?: boolean;
  place: MissionPlace;
  /**
   * Each volunteer's « Mobilisation » limits the pool (Locale: 30 km, Départementale: their department).
   * True for establishments, always; false for the regulators' « Proposer », who may push beyond it
   * (their table shows the level, the distance and whether the volunteer is beyond it).
   */
  honourMobilisation: boolean;
}

const ELIGIBLE = PROFESSIONS.filter((p) => p.eligibleToVaccinate).map((p) => p.code as string);

export function professionsMatching(professionCode: string, vaccinationSupport: boolean): string[] {
  if (!vaccinationSupport) return [professionCode];
  // « Profession éligible pour vacciner » asked: any profession allowed to vaccinate will do.
  if (professionCode === 'VACCINATION_ELIGIBLE') return ELIGIBLE;
  // A named profession for vaccination support: that profession, and only if it may vaccinate.
  return ELIGIBLE.includes(professionCode) ? [professionCode] : [];
}

export function matchingCriteria(mission: MissionForMatching): MatchingCriteria {
  return {
    professionCodes: professionsMatching(mission.professionCode, mission.vaccinationSupport),
    requireVehicle: mission.needsVehicle,
    requireWeekend: mission.needsWeekend,
    requireEhpad: mission.needsEhpadExperience,
    requireIcu: mission.needsIcuExperience,
    regionCode: mission.regionCode,
    includeNationalPool: mission.nationalPoolOpen,
    place: { departmentCode: mission.departmentCode, longitude: mission.longitude, latitude: mission.latitude },
    honourMobilisation: true,
  };
}
