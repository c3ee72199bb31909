/** @jest-environment node */
import { GET } from '@/app/api/support/route';
import { configuredEnv } from '../support/configured-env';

const configure = configuredEnv();

describe('GET /api/support', () => {
  it('answers the configured support address, uncached, with no session needed', async () => {
    configure({ SUPPORT_EMAIL: 'support-crise@ars.example.fr' });
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ email: 'support-crise@ars.example.fr' });
  });
});
