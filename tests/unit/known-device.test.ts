import { resetEnvCache } from '@/lib/env';
import { KNOWN_DEVICE_COOKIE, knownDeviceCookie, readKnownDevice } from '@/lib/auth/known-device';

const SECRET = 'a-test-secret-of-enough-length-000';
const cookieValue = (setCookie: string) => setCookie.split(';')[0]!;

describe('known-device cookie (SPEC §14, issue 10 §2)', () => {
  const saved = process.env.NEXTAUTH_SECRET;
  beforeEach(() => {
    process.env.NEXTAUTH_SECRET = SECRET;
    resetEnvCache();
  });
  afterAll(() => {
    process.env.NEXTAUTH_SECRET = saved;
    resetEnvCache();
  });

  it('names the account it was issued for, only on the sign-in route, HttpOnly', () => {
    const setCookie = knownDeviceCookie('user-1')!;
    expect(setCookie).toMatch(/; Path=\/api\/auth;/);
    expect(setCookie).toContain('HttpOnly');
    const read = readKnownDevice(`other=1; ${cookieValue(setCookie)}`);
    expect(read?.userId).toBe('user-1');
    expect(read?.deviceId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a forged, altered, expired or foreign-secret cookie', () => {
    const value = cookieValue(knownDeviceCookie('user-1')!);
    const [name, payload] = value.split('=') as [string, string];
    const parts = payload.split('.');
    expect(readKnownDevice(`${name}=${['user-2', ...parts.slice(1)].join('.')}`)).toBeNull();
    expect(readKnownDevice(`${name}=${payload}x`)).toBeNull();
    expect(readKnownDevice(`${KNOWN_DEVICE_COOKIE}=user-1.device.9999999999.forged`)).toBeNull();
    expect(readKnownDevice(value, new Date(Date.now() + 365 * 24 * 3600 * 1000))).toBeNull();
    process.env.NEXTAUTH_SECRET = 'another-secret-of-enough-length-111';
    resetEnvCache();
    expect(readKnownDevice(value)).toBeNull();
  });

  it('does nothing without a secret', () => {
    delete process.env.NEXTAUTH_SECRET;
    resetEnvCache();
    expect(knownDeviceCookie('user-1')).toBeNull();
    expect(readKnownDevice('renfort.appareil=a.b.c.d')).toBeNull();
  });
});
