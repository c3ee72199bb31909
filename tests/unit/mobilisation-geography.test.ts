import { boundingBox, distanceKm, type LonLat } from '@/lib/reference/distance';
import { assignedUntil } from '@/lib/professionals/status';

// The pure halves of SPEC §6.4's new rules: the box the « Locale » test reads before the distance
// (lib/candidates/geography-sql.ts), and the end of a volunteer's current assignments (« Affecté jusqu'au »).

describe('boundingBox', () => {
  // Lyon, Lille, Saint-Denis de La Réunion, Cayenne: north, south and near the equator.
  const centres: LonLat[] = [[4.85, 45.77], [3.06, 50.63], [55.45, -20.88], [-52.33, 4.92]];

  it.each(centres)('holds every point within 30 km of (%d, %d), in every direction', (lon, lat) => {
    const box = boundingBox([lon, lat], 30);
    for (let bearing = 0; bearing < 360; bearing += 5) {
      // The point 29.99 km away along this bearing (spherical destination formula).
      const d = 29.99 / 6371.0088;
      const φ1 = (lat * Math.PI) / 180;
      const θ = (bearing * Math.PI) / 180;
      const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
      const λ2 = (lon * Math.PI) / 180 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
      const point: LonLat = [(λ2 * 180) / Math.PI, (φ2 * 180) / Math.PI];
      expect(distanceKm([lon, lat], point)).toBeCloseTo(29.99, 6);
      expect(point[1]).toBeGreaterThanOrEqual(box.minLat);
      expect(point[1]).toBeLessThanOrEqual(box.maxLat);
      expect(point[0]).toBeGreaterThanOrEqual(box.minLon);
      expect(point[0]).toBeLessThanOrEqual(box.maxLon);
    }
  });

  it('is barely wider than the circle (it must still leave far volunteers out)', () => {
    const box = boundingBox([4.85, 45.77], 30);
    expect(distanceKm([4.85, 45.77], [4.85, box.maxLat])).toBeLessThan(30.5);
    expect(distanceKm([4.85, 45.77], [box.maxLon, 45.77])).toBeLessThan(30.6);
  });
});

describe('assignedUntil', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const day = (offset: number) => new Date(Date.UTC(2026, 10, 22 + offset));

  it('is the latest end of the assignments not over yet', () => {
    expect(
      assignedUntil(
        [
          { status: 'ASSIGNED', missionEndDate: day(10) },
          { status: 'ASSIGNED', missionEndDate: day(40) },
          { status: 'ASSIGNED', missionEndDate: day(-3) },
        ],
        now,
      ),
    ).toEqual(day(40));
  });

  it('counts an assignment ending today, and nothing else than ASSIGNED', () => {
    expect(assignedUntil([{ status: 'ASSIGNED', missionEndDate: day(0) }], now)).toEqual(day(0));
    expect(assignedUntil([{ status: 'CONTACTED', missionEndDate: day(30) }, { status: 'REFUSED', missionEndDate: day(30) }], now)).toBeNull();
    expect(assignedUntil([{ status: 'ASSIGNED', missionEndDate: day(-1) }], now)).toBeNull();
    expect(assignedUntil([], now)).toBeNull();
  });
});
