/** [longitude, latitude] in degrees (WGS84), the GeoJSON order. */
export type LonLat = [number, number];

/** Mean earth radius (IUGG), shared with the SQL distance of lib/candidates/geography-sql.ts. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance in kilometres; precise enough to rank volunteers by distance. */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = toRadians(b[1] - a[1]);
  const dLon = toRadians(b[0] - a[0]);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a[1])) * Math.cos(toRadians(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The box of latitudes and longitudes that holds every point within `radiusKm` of `centre`: two range
 * comparisons that leave out nearly every far point before any trigonometry. 1 % wider than exact, so
 * that it never leaves out a point the distance would keep.
 */
export function boundingBox(centre: LonLat, radiusKm: number): { minLon: number; maxLon: number; minLat: number; maxLat: number } {
  const [longitude, latitude] = centre;
  const angular = (radiusKm / EARTH_RADIUS_KM) * 1.01;
  const dLat = (angular * 180) / Math.PI;
  const cosLat = Math.cos(toRadians(Math.min(89, Math.abs(latitude) + dLat)));
  const dLon = (Math.asin(Math.min(1, Math.sin(angular) / cosLat)) * 180) / Math.PI;
  return { minLon: longitude - dLon, maxLon: longitude + dLon, minLat: latitude - dLat, maxLat: latitude + dLat };
}

/** A point on the sphere of radius 1, as the generated columns `professionals.sphere_x/y/z` hold it. */
export function unitSpherePoint([longitude, latitude]: LonLat): [number, number, number] {
  const lon = toRadians(longitude);
  const lat = toRadians(latitude);
  return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
}

/**
 * The squared straight-line distance, through the sphere of radius 1, between two points `km` apart on
 * its surface: the bound of a distance key (lib/candidates/geography-sql.ts) for « within `km` ».
 */
export function squaredChordOf(km: number): number {
  return (2 * Math.sin(km / EARTH_RADIUS_KM / 2)) ** 2;
}
