import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { startOfUtcDay } from '@/lib/dates/days';
import { getDepartment, listDepartmentsOfRegion } from '@/lib/reference/departments';
import { getProfession } from '@/lib/reference/professions';
import { REGIONS, getRegion, isRegionCode } from '@/lib/reference/regions';
import { EMPTY_MISSION_FIGURES, missionFigures, type MissionFigures } from '@/lib/indicators/mission-figures';
import { regulatorScope } from '@/lib/access/checks';
import type { VolunteerCount } from '@/lib/indicators/volunteer-figures';
import { currentVolunteerFigures } from '@/lib/indicators/volunteer-snapshot';
import type { DateRange } from '@/lib/indicators/range';

// The indicators page's data (SPEC §7.2) as a small DTO of labelled rows: an ARS gets its region, the
// CCS the country with one row per region. The numbers come from two SQL statements (the volunteers'
// from the jobs' snapshot when fresh, docs/decisions/034); this file only names and orders them.

export interface Labelled {
  code: string;
  label: string;
}

export type ProfessionMissionRow = Labelled & MissionFigures;
export type VolunteerRow = Labelled & VolunteerCount;
export type RegionRow = Labelled & MissionFigures & { volunteers: VolunteerCount };

export interface IndicatorsReport {
  /** « ARS Occitanie » or « Niveau national ». */
  scopeLabel: string;
  national: boolean;
  range: DateRange;
  missions: MissionFigures;
  missionsByProfession: ProfessionMissionRow[];
  /** CCS only: every region, including those without missions. */
  regions: RegionRow[] | null;
  volunteers: VolunteerCount;
  /** When the volunteer figures were computed by the jobs (at most minutes ago); null: counted now. */
  volunteersAsOf: Date | null;
  volunteersByProfession: VolunteerRow[];
  volunteersByDepartment: VolunteerRow[];
}

const professionLabel = (code: string) => getProfession(code)?.label ?? code;

function departmentLabel(code: string): string {
  const department = getDepartment(code);
  return department ? `${department.code} — ${department.name}` : code;
}

/** Busiest first, then by name, so the charts read from the largest bar down. */
function byCount<T extends Labelled>(count: (row: T) => number) {
  return (a: T, b: T) => count(b) - count(a) || a.label.localeCompare(b.label, 'fr');
}

function departmentRows(byDepartment: Map<string, VolunteerCount>, regionCode: string | null): VolunteerRow[] {
  // An ARS sees every department of its region, even without volunteers (a zero is information), plus
  // the departments where volunteers who chose the region live.
  const codes = new Set(byDepartment.keys());
  if (regionCode && isRegionCode(regionCode)) for (const department of listDepartmentsOfRegion(regionCode)) codes.add(department.code);
  return [...codes]
    .map((code) => ({ code, label: departmentLabel(code), ...(byDepartment.get(code) ?? { available: 0, registered: 0 }) }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export async function getIndicators(actor: Actor, range: DateRange, now = new Date()): Promise<IndicatorsReport> {
  const scope = regulatorScope(actor);
  const [missions, volunteers] = await Promise.all([missionFigures(actor, range), currentVolunteerFigures(actor, startOfUtcDay(now), now)]);
  const regionCode = scope.kind === 'region' ? scope.regionCode : null;

  const missionsByProfession = [...missions.byProfession]
    .map(([code, figures]) => ({ code, label: professionLabel(code), ...figures }))
    .sort(byCount((row) => row.positionsRequested));
  const volunteersByProfession = [...volunteers.byProfession]
    .map(([code, count]) => ({ code, label: professionLabel(code), ...count }))
    .sort(byCount((row) => row.available));
  const regions =
    scope.kind === 'all'
      ? REGIONS.map((region) => ({
          code: region.code,
          label: region.name,
          ...(missions.byRegion.get(region.code) ?? EMPTY_MISSION_FIGURES),
          volunteers: volunteers.byRegion.get(region.code) ?? { available: 0, registered: 0 },
        }))
      : null;

  return {
    scopeLabel: regionCode ? (getRegion(regionCode)?.arsName ?? `ARS ${regionCode}`) : 'Niveau national',
    national: scope.kind === 'all',
    range,
    missions: missions.total,
    missionsByProfession,
    regions,
    volunteers: volunteers.total,
    volunteersAsOf: volunteers.asOf,
    volunteersByProfession,
    volunteersByDepartment: departmentRows(volunteers.byDepartment, regionCode),
  };
}
