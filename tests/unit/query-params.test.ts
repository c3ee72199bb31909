import { z } from '@/lib/validation/zod';
import { dayParam, firstValue, flagParam, flattenParams, pageHref, pageParam, pageParamUpTo, parseQuery, querySearch, readPage, textParam } from '@/lib/url/query-params';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { parseRegulatorMissionQuery, regulatorMissionSearch } from '@/lib/missions/regulator-query';
import { missionListSearch, parseMissionListQuery } from '@/lib/missions/establishment-query';
import { parseVolunteerQuery, volunteerSearch } from '@/lib/professionals/regulator-query';

// Every page reads its query one way: each field falls back on its own to "no filter" or its default,
// so a hand-edited URL never turns into an error page.

describe('the field kinds', () => {
  it('reads « oui » / « non », anything else as no filter', () => {
    expect(flagParam.parse('oui')).toBe(true);
    expect(flagParam.parse('non')).toBe(false);
    expect(flagParam.parse('peut-être')).toBeUndefined();
    expect(flagParam.parse(undefined)).toBeUndefined();
  });

  it('trims text, and drops empty or overlong text', () => {
    expect(textParam.parse('  Martin ')).toBe('Martin');
    expect(textParam.parse('   ')).toBeUndefined();
    expect(textParam.parse('x'.repeat(101))).toBeUndefined();
  });

  it('keeps real calendar days only', () => {
    expect(dayParam.parse('2028-02-29')).toBe('2028-02-29');
    expect(dayParam.parse('2026-02-30')).toBeUndefined();
    expect(dayParam.parse('31/12/2026')).toBeUndefined();
  });

  it('falls back to the first page', () => {
    expect(pageParam.parse('3')).toBe(3);
    expect(pageParam.parse('0')).toBe(1);
    expect(pageParam.parse('2.5')).toBe(1);
    expect(pageParam.parse('abc')).toBe(1);
    expect(pageParam.parse(undefined)).toBe(1);
    expect(pageParamUpTo(10).parse('11')).toBe(1);
  });
});

describe('search params', () => {
  it('keeps the first value of each param, blank ones as missing', () => {
    expect(firstValue(['2', '3'])).toBe('2');
    expect(firstValue('')).toBeUndefined();
    expect(flattenParams({ a: ['x', 'y'], b: '', c: '  ', d: undefined, e: 'ok' })).toEqual({ a: 'x', e: 'ok' });
  });

  it('reads the page of a page-only list', () => {
    expect(readPage({ page: '4' })).toBe(4);
    expect(readPage({ page: ['2', '3'] })).toBe(2);
    expect(readPage({ page: '-1' })).toBe(1);
    expect(readPage({})).toBe(1);
  });

  it('parses a schema field by field, never throwing for a malformed value', () => {
    const schema = z.object({ name: textParam, day: dayParam, page: pageParam });
    expect(parseQuery(schema, { name: 'Léa', day: '2026-13-45', page: 'x' })).toEqual({ name: 'Léa', page: 1 });
  });

  it('writes links without the defaults, booleans as « oui » / « non »', () => {
    const schema = z.object({ flag: flagParam, sort: z.enum(['a', 'b']).default('a').catch('a'), page: pageParam });
    const search = querySearch(schema);
    expect(search(schema.parse({}))).toBe('');
    expect(search(schema.parse({ flag: 'non', sort: 'b' }), { page: 2 })).toBe('?flag=non&sort=b&page=2');
  });

  it('links another page of a list, keeping repeated filters', () => {
    expect(pageHref({ statut: ['A', 'B'], nom: 'Dupont', page: '2' }, 3)).toBe('?statut=A&statut=B&nom=Dupont&page=3');
    expect(pageHref({ statut: ['A', 'B'], page: '2' }, 1)).toBe('?statut=A&statut=B');
    expect(pageHref({ page: '2', vide: '' }, 1)).toBe('?');
  });
});

describe('the tables’ queries', () => {
  const malformed = { status: 'DELETED', count: '-1', profession: 'WIZARD', start: '2026-02-30', end: '31/12/2026', ehpad: 'peut-être', sort: 'password', direction: 'up', page: '0' };

  it('show the default view of the establishment’s and the ARS/CCS missions for a malformed URL', () => {
    const defaults = { status: 'OPEN', sort: 'startDate', direction: 'asc', page: 1 };
    expect(parseMissionListQuery({ ...malformed, establishment: 'x' })).toEqual(defaults);
    expect(parseRegulatorMissionQuery({ ...malformed, region: '99', establishment: 'x'.repeat(101) })).toEqual(defaults);
    expect(missionListSearch(parseMissionListQuery(malformed))).toBe('');
    expect(regulatorMissionSearch(parseRegulatorMissionQuery(malformed), { alert: true })).toBe('?alert=oui');
  });

  it('show the default view of the volunteers for a malformed URL', () => {
    expect(parseVolunteerQuery({ ...malformed, status: 'GONE', mobilisation: 'x' })).toEqual({ sort: 'region', direction: 'asc', page: 1 });
    expect(volunteerSearch(parseVolunteerQuery({ lastName: 'Martin', sort: 'status' }))).toBe('?lastName=Martin&sort=status');
  });

  it('drop the candidates’ malformed filters one by one, keeping the others', () => {
    const query = parseCandidateQuery({ lastName: 'x'.repeat(101), firstName: 'Léa', startDate: '2026-13-45', endDate: '2026-12-01', status: 'GONE', page: '20000' });
    expect(query).toEqual({ firstName: 'Léa', endDate: '2026-12-01', sort: 'rank', direction: 'asc', page: 1 });
  });
});
