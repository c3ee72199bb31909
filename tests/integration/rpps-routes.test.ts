/** @jest-environment node */
import { NextRequest } from 'next/server';
import { GET as communes } from '@/app/api/rpps/communes/route';
import { GET as establishments } from '@/app/api/rpps/etablissements/route';
import { POSTAL_CODE_REFUSED } from '@/lib/validation/rpps';
import { createEstablishment } from '../factories';
import { managedEstablishment } from './rpps-helpers';

// The type-ahead routes of the RPPS+ forms: public reference data only.

const get = (path: string) => new NextRequest(new URL(path, 'http://test'));

describe('GET /api/rpps/communes', () => {
  it('suggests communes by name, with their INSEE code and department', async () => {
    const response = communes(get('/api/rpps/communes?q=Saint-Denis'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.message).toBeNull();
    expect(body.communes).toEqual(
      expect.arrayContaining([
        { code: '93066', name: 'Saint-Denis', label: 'Saint-Denis — Seine-Saint-Denis (93)' },
        expect.objectContaining({ code: '97411' }),
      ]),
    );
    expect(body.communes.length).toBeLessThanOrEqual(10);
  });

  it('answers a postal code with the explanation, not with communes', async () => {
    expect(await communes(get('/api/rpps/communes?q=93200')).json()).toEqual({ communes: [], message: POSTAL_CODE_REFUSED });
  });
});

describe('GET /api/rpps/etablissements', () => {
  it('finds only establishments that have an RPPS+ manager, and says nothing personal', async () => {
    const { establishment } = await managedEstablishment();
    const orphan = await createEstablishment('76');
    const found = await (await establishments(get(`/api/rpps/etablissements?q=${establishment.finess}`))).json();
    expect(found).toEqual({ establishments: [{ id: establishment.id, label: `${establishment.finess} - ${establishment.name} (Toulouse)` }] });
    expect(await (await establishments(get(`/api/rpps/etablissements?q=${orphan.finess}`))).json()).toEqual({ establishments: [] });
  });
});
