/** @jest-environment node */
import { parseCandidateQuery } from '@/lib/candidates/query';
import { framingBox } from '@/components/map/framing';
import { candidateSearch } from '@/components/candidates/query-url';
import type { MapPoint } from '@/lib/candidates/search';

// The pure pieces of « Choisir »: the URL it reads and writes, and the frame the map opens on.

describe('the URL query of the table', () => {
  it('ignores empty fields (a GET form without JavaScript) and values that do not parse', () => {
    const query = parseCandidateQuery({ lastName: 'Martin', ehpad: '', icu: 'peut-être', status: 'CONTACTED', page: ['2', '3'], vehicle: 'non' });
    expect(query).toMatchObject({ lastName: 'Martin', status: 'CONTACTED', page: 2, vehicle: false, sort: 'rank' });
    expect(query.ehpad).toBeUndefined();
    expect(query.icu).toBeUndefined();
  });

  it('writes back the same URL, without the defaults', () => {
    const query = parseCandidateQuery({ vehicle: 'non', sort: 'rank', direction: 'asc', page: '1', departmentCode: '94' });
    expect(candidateSearch(query)).toBe('?departmentCode=94&vehicle=non');
    expect(candidateSearch(query, { page: 2, sort: 'status' })).toBe('?departmentCode=94&vehicle=non&sort=status&page=2');
  });
});

describe('the map’s frame', () => {
  const creteil: [number, number] = [2.46, 48.79];
  const point = (id: string, longitude: number, latitude: number): MapPoint => [id, longitude, latitude, 'DISPONIBLE'];

  it('holds the establishment and its candidates', () => {
    expect(framingBox([point('a', 2.0, 48.9), point('b', 3.1, 48.5)], creteil)).toEqual([2.0, 48.5, 3.1, 48.9]);
  });

  it('leaves a candidate living overseas out of the frame, unless nobody is nearer', () => {
    const reunion = point('r', 55.5, -21.1);
    expect(framingBox([point('a', 2.0, 48.9), reunion], creteil)).toEqual([2.0, 48.79, 2.46, 48.9]);
    expect(framingBox([reunion], creteil)).toEqual([2.46, -21.1, 55.5, 48.79]);
  });

  it('frames the establishment alone, or nothing', () => {
    expect(framingBox([], creteil)).toEqual([2.46, 48.79, 2.46, 48.79]);
    expect(framingBox([], null)).toBeNull();
  });
});
