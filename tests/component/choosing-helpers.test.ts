/** @jest-environment node */
import { parseCandidateQuery } from '@/lib/candidates/query';
import { candidateSearch } from '@/components/candidates/query-url';
import { abbreviatedCount, mapViewUrl, viewToRequest, volunteersIn } from '@/components/map/map-view-request';

// The pure pieces of « Choisir »: the URL it reads and writes, and when the map asks for another view.

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

describe('when the map asks the server for its view (decision 037)', () => {
  const held = { zoom: 8, bbox: [4, 46, 6, 48] as [number, number, number, number] };

  it('asks nothing while the features held cover the view at its zoom level', () => {
    expect(viewToRequest(held, 8.3, [4.5, 46.5, 5.5, 47.5])).toBeNull();
    // The first view covers the whole pool: any pan at its level.
    expect(viewToRequest({ zoom: 8, bbox: null }, 7.6, [-20, 30, 20, 60])).toBeNull();
  });

  it('asks for another level, or a view leaving the area held, with a margin around it', () => {
    expect(viewToRequest(held, 9.6, [4.5, 46.5, 5.5, 47.5])).toEqual({ zoom: 10, bbox: [4, 46, 6, 48] });
    expect(viewToRequest(held, 8, [5.5, 46.5, 6.5, 47.5])).toEqual({ zoom: 8, bbox: [5, 46, 7, 48] });
  });

  it('stays inside the zoom levels and the world', () => {
    expect(viewToRequest(held, 0.4, [-170, -80, 170, 80])).toEqual({ zoom: 2, bbox: [-180, -90, 180, 90] });
    expect(viewToRequest(held, 22, [4.5, 46.5, 4.5001, 46.5001])?.zoom).toBe(18);
  });

  it('sends the table’s filters with the view', () => {
    expect(mapViewUrl('m-1', '?vehicle=oui&sort=lastName', { zoom: 9, bbox: [4, 46, 6, 48] })).toBe(
      '/api/missions/m-1/map?vehicle=oui&sort=lastName&zoom=9&west=4&south=46&east=6&north=48',
    );
    expect(mapViewUrl('m-1', '', { zoom: 9, bbox: [4.5, 46, 6, 48] })).toBe('/api/missions/m-1/map?zoom=9&west=4.5&south=46&east=6&north=48');
  });

  it('counts the volunteers of clusters and points', () => {
    expect(volunteersIn([[4, 46, 12, null], [5, 47, 1, 'a']])).toBe(13);
    expect(volunteersIn([])).toBe(0);
  });

  it('writes a cluster’s count short, in French', () => {
    expect([abbreviatedCount(7), abbreviatedCount(999), abbreviatedCount(1_234), abbreviatedCount(9_999), abbreviatedCount(35_600)]).toEqual([
      '7',
      '999',
      '1,2 k',
      '9,9 k',
      '35 k',
    ]);
  });
});
