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
}

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
  };
}
