import type { MapPoint } from '@/lib/candidates/search';
import { distanceKm, type LonLat } from '@/lib/reference/distance';

/** Beyond this, a volunteer is framed only if nobody is nearer (metropolitan France is ~1,000 km across). */
const FRAMING_RADIUS_KM = 900;

/**
 * The [west, south, east, north] box the map opens on: the establishment and its candidates. Volunteers
 * live where they like (an overseas postal code in an Occitanie pool is real), so candidates farther
 * than FRAMING_RADIUS_KM are left out of the frame (they stay on the map) unless they are all there is.
 * Null when there is nothing to frame.
 */
export function framingBox(points: readonly MapPoint[], establishment: LonLat | null): [number, number, number, number] | null {
  const spots: LonLat[] = points.map(([, longitude, latitude]) => [longitude, latitude]);
  const near = establishment ? spots.filter((spot) => distanceKm(spot, establishment) <= FRAMING_RADIUS_KM) : spots;
  const framed = [...(near.length > 0 ? near : spots), ...(establishment ? [establishment] : [])];
  if (framed.length === 0) return null;
  const longitudes = framed.map((spot) => spot[0]);
  const latitudes = framed.map((spot) => spot[1]);
  return [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)];
}
