/** @jest-environment node */
import { NextRequest } from 'next/server';
import { GET } from '@/app/api/reference/communes/route';

// The « Ville » suggestions of the sign-up form: public reference data, no database, cacheable.

function call(query: string) {
  return GET(new NextRequest(`http://localhost/api/reference/communes${query}`));
}

describe('GET /api/reference/communes', () => {
  it('lists the communes of a postal code, most populous first, with its region', async () => {
    const response = await call('?cp=31000');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('public');
    expect(await response.json()).toEqual({ communes: ['Toulouse'], regionCode: '76' });
  });

  it('gives every commune of a postal code shared by several', async () => {
    const body = (await (await call('?cp=01500')).json()) as { communes: string[]; regionCode: string };
    expect(body.communes.length).toBeGreaterThan(1);
    expect(body.communes).toContain('Ambérieu-en-Bugey');
    expect(body.regionCode).toBe('84');
  });

  it('answers an empty list for an unknown postal code, and 400 for a malformed one', async () => {
    expect(await (await call('?cp=00000')).json()).toEqual({ communes: [], regionCode: null });
    expect((await call('?cp=310')).status).toBe(400);
    expect((await call('')).status).toBe(400);
  });
});
