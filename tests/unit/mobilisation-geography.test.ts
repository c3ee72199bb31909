import { boundingBox, distanceKm, squaredChordOf, unitSpherePoint, type LonLat } from '@/lib/reference/distance';
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

describe('the distance key of the ranking (squared chord between points of the unit sphere)', () => {
  // The pool is ranked by (x - x0)² + (y - y0)² + (z - z0)² (lib/candidates/geography-sql.ts): it must be
  // the squared chord of the great-circle distance, so that it orders volunteers as the kilometres do.
  const places: LonLat[] = [[4.85, 45.77], [3.06, 50.63], [55.45, -20.88], [-52.33, 4.92], [1.4328, 43.6006], [1.4329, 43.6006], [9.45, 42.7]];
  const key = (a: LonLat, b: LonLat) => {
    const [p, q] = [unitSpherePoint(a), unitSpherePoint(b)];
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2;
  };

  it('is the squared chord of the haversine distance, from 8 m to across the world', () => {
    for (const a of places) {
      for (const b of places) {
        // Relative: at 8 m the key is ~1.6e-12, below any absolute tolerance worth the name.
        if (a !== b) expect(key(a, b) / squaredChordOf(distanceKm(a, b))).toBeCloseTo(1, 6);
        else expect(key(a, b)).toBe(0);
      }
    }
    expect(distanceKm(places[4]!, places[5]!)).toBeLessThan(0.01);
  });

  it('orders every place from Toulouse as the kilometres do', () => {
    const toulouse: LonLat = [1.4328, 43.6006];
    const byKey = [...places].sort((a, b) => key(toulouse, a) - key(toulouse, b));
    const byKm = [...places].sort((a, b) => distanceKm(toulouse, a) - distanceKm(toulouse, b));
    expect(byKey).toEqual(byKm);
  });

  it('bounds « within 900 km » between 899 and 901 km', () => {
    expect(squaredChordOf(899)).toBeLessThan(squaredChordOf(900));
    expect(squaredChordOf(900)).toBeLessThan(squaredChordOf(901));
    expect(2 * 6371.0088 * Math.asin(Math.sqrt(squaredChordOf(900)) / 2)).toBeCloseTo(900, 9);
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
