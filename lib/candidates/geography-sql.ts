import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { LOCAL_RADIUS_KM, type MatchingCriteria, type MissionPlace } from '@/lib/candidates/criteria';
import { boundingBox, EARTH_RADIUS_KM, squaredChordOf, unitSpherePoint } from '@/lib/reference/distance';

// Where a volunteer may be sent (SPEC §6.4, decision 030): the SQL of their « Mobilisation » around a
// mission's establishment, the distance the table shows and the key the pool is ranked by. Written once,
// so that the 30 km of the pool and the kilometres of the table are the same computation. Every column
// read here is in the INCLUDE list of professionals_searchable_idx: the pool stays an index-only scan.

/** The table a condition reads its volunteer columns from: the pool's `p`, or `professionals` read again for a page row. */
export type VolunteerAlias = 'p' | 'x';

type VolunteerColumn = 'latitude' | 'longitude' | 'department_code' | 'mobilisation' | 'region_code' | 'sphere_x' | 'sphere_y' | 'sphere_z';

function column(alias: VolunteerAlias, name: VolunteerColumn): Prisma.Sql {
  return Prisma.raw(`${alias}.${name}`);
}

/**
 * Great-circle (haversine) distance in km between the volunteer's point and `place`, as lib/reference/
 * distance.ts computes it in TypeScript; NULL when either point is unknown.
 */
export function distanceKmSql(alias: VolunteerAlias, place: { latitude: number | null; longitude: number | null }): Prisma.Sql {
  if (place.latitude === null || place.longitude === null) return Prisma.sql`NULL::float8`;
  const lat = column(alias, 'latitude');
  const lon = column(alias, 'longitude');
  // least() ignores a NULL argument, hence the explicit test of the volunteer's point.
  return Prisma.sql`(CASE WHEN ${lat} IS NULL OR ${lon} IS NULL THEN NULL::float8 ELSE 2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
      power(sin(radians(${lat} - ${place.latitude}::float8) / 2), 2)
      + cos(radians(${place.latitude}::float8)) * cos(radians(${lat}))
        * power(sin(radians(${lon} - ${place.longitude}::float8) / 2), 2)))) END)`;
}

/**
 * What the pool is ranked by instead of the kilometres: the squared straight-line distance between the
 * volunteer's and `place`'s points on the unit sphere (migration 20261210010000). It grows with the
 * great-circle distance, so it orders volunteers the same way, without five trigonometric calls per
 * row; NULL when either point is unknown. Compare it with `squaredChordOf(km)` (distanceKeyWithinSql).
 */
export function distanceKeySql(alias: VolunteerAlias, place: { latitude: number | null; longitude: number | null }): Prisma.Sql {
  if (place.latitude === null || place.longitude === null) return Prisma.sql`NULL::float8`;
  const [x, y, z] = unitSpherePoint([place.longitude, place.latitude]);
  const squared = (name: 'sphere_x' | 'sphere_y' | 'sphere_z', value: number) =>
    Prisma.sql`(${column(alias, name)} - ${value}::float8) * (${column(alias, name)} - ${value}::float8)`;
  return Prisma.sql`(${squared('sphere_x', x)} + ${squared('sphere_y', y)} + ${squared('sphere_z', z)})`;
}

/** « Within `km` of the place » on a distance key of distanceKeySql. */
export function distanceKeyWithinSql(key: Prisma.Sql, km: number): Prisma.Sql {
  return Prisma.sql`${key} <= ${squaredChordOf(km)}::float8`;
}

/** « Locale »: within 30 km of the establishment; by department when either point is unknown. */
function withinLocalRadius(alias: VolunteerAlias, place: MissionPlace): Prisma.Sql {
  const sameDepartment = Prisma.sql`${column(alias, 'department_code')} = ${place.departmentCode}`;
  if (place.latitude === null || place.longitude === null) return sameDepartment;
  // The box first: two range comparisons leave out nearly every volunteer of the region before any trigonometry.
  const box = boundingBox([place.longitude, place.latitude], LOCAL_RADIUS_KM);
  const lat = column(alias, 'latitude');
  const lon = column(alias, 'longitude');
  return Prisma.sql`CASE WHEN ${lat} IS NULL OR ${lon} IS NULL THEN ${sameDepartment}
      ELSE ${lat} BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8
        AND ${lon} BETWEEN ${box.minLon}::float8 AND ${box.maxLon}::float8
        AND ${distanceKmSql(alias, place)} <= ${LOCAL_RADIUS_KM}::float8 END`;
}

/**
 * The volunteer's « Mobilisation » allows this establishment: Locale → within 30 km, Départementale →
 * their department, Régionale and Nationale → no distance limit (the region is the pool's own condition).
 */
export function mobilisationAllowsSql(alias: VolunteerAlias, place: MissionPlace): Prisma.Sql {
  const mobilisation = column(alias, 'mobilisation');
  return Prisma.sql`(${mobilisation} IN ('REGIONAL', 'NATIONAL')
      OR (${mobilisation} = 'DEPARTMENTAL' AND ${column(alias, 'department_code')} = ${place.departmentCode})
      OR (${mobilisation} = 'LOCAL' AND ${withinLocalRadius(alias, place)}))`;
}

/**
 * Whether an establishment could find this volunteer by itself: the region they chose is the mission's
 * (or they are « Nationale » and the CCS opened the national pool), and their « Mobilisation » allows
 * the place. What the regulators' table shows as « au-delà de sa mobilisation » when false.
 */
export function establishmentReachSql(alias: VolunteerAlias, criteria: MatchingCriteria): Prisma.Sql {
  const region = Prisma.sql`${column(alias, 'region_code')} = ${criteria.regionCode}`;
  const national = criteria.includeNationalPool ? Prisma.sql`${column(alias, 'mobilisation')} = 'NATIONAL'` : Prisma.sql`FALSE`;
  return Prisma.sql`COALESCE((${region} OR ${national}) AND ${mobilisationAllowsSql(alias, criteria.place)}, FALSE)`;
}
