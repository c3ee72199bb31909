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

  it('reads a CEDEX code for its region when asked (establishments’ addresses), never otherwise', async () => {
    expect(await (await call('?cp=31059&cedex=1')).json()).toEqual({ communes: [], regionCode: '76', cedex: true });
    expect(await (await call('?cp=20189&cedex=1')).json()).toEqual({ communes: [], regionCode: '94', cedex: true });
    expect(await (await call('?cp=31059')).json()).toEqual({ communes: [], regionCode: null });
    // A known code is a commune's, cedex or not; an unknown department is nothing.
    expect(await (await call('?cp=31000&cedex=1')).json()).toEqual({ communes: ['Toulouse'], regionCode: '76' });
    expect(await (await call('?cp=98000&cedex=1')).json()).toEqual({ communes: [], regionCode: null });
  });

  it('answers an empty list for an unknown postal code, and 400 for a malformed one', async () => {
    expect(await (await call('?cp=00000')).json()).toEqual({ communes: [], regionCode: null });
    expect((await call('?cp=310')).status).toBe(400);
    expect((await call('')).status).toBe(400);
  });
});
