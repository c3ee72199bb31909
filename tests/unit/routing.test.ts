import { roleForPath } from '@/lib/auth/route-roles';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { stripExpiry } from '@/lib/auth/browser-session-cookie';
import { signInErrorMessage } from '@/lib/auth/sign-in-messages';

describe('coarse routing of middleware.ts', () => {
  it.each([
    ['/professionnel', 'PROFESSIONAL'],
    ['/professionnel/fiche', 'PROFESSIONAL'],
    ['/etablissement/besoins/42', 'ESTABLISHMENT'],
    ['/ars', 'ARS'],
    ['/ccs/alertes', 'CCS'],
    ['/rpps/demandes', 'RPPS_MANAGER'],
  ])('%s belongs to %s', (path, role) => {
    expect(roleForPath(path)).toBe(role);
  });

  it.each(['/', '/connexion', '/rpps/pre-enregistrement', '/rpps/pre-enregistrement/merci', '/arsenal', '/professionnels-de-sante'])(
    '%s is public',
    (path) => {
      expect(roleForPath(path)).toBeNull();
    },
  );
});

describe('callback URL after sign-in', () => {
  it('keeps same-site paths only', () => {
    expect(safeCallbackUrl('/etablissement/besoins/1?x=2')).toBe('/etablissement/besoins/1?x=2');
    expect(safeCallbackUrl('https://evil.example/')).toBeNull();
    expect(safeCallbackUrl('//evil.example/')).toBeNull();
    expect(safeCallbackUrl('/\\evil.example')).toBeNull();
    expect(safeCallbackUrl(undefined)).toBeNull();
  });
});

describe('browser session cookie', () => {
  it('drops Expires and Max-Age but keeps the security attributes', () => {
    const cookie = 'next-auth.session-token=abc; Path=/; Expires=Tue, 22 Dec 2026 10:00:00 GMT; Max-Age=2592000; HttpOnly; SameSite=Lax';
    expect(stripExpiry(cookie)).toBe('next-auth.session-token=abc; Path=/; HttpOnly; SameSite=Lax');
  });
});


describe('sign-in messages', () => {
  it('shows one generic message for anything unknown', () => {
    expect(signInErrorMessage('INVALID_CREDENTIALS')).toBe(signInErrorMessage('CredentialsSignin'));
    expect(signInErrorMessage(undefined)).toContain('Email ou mot de passe incorrect');
    expect(signInErrorMessage('DISABLED', 'support@renfort.example.fr')).toBe('Ce compte est désactivé. Pour toute question, écrivez au support : support@renfort.example.fr.');
    // Never the agency, nor anything else about the account (SPEC §14).
    expect(signInErrorMessage('DISABLED')).not.toMatch(/ARS|région/);
    expect(signInErrorMessage('constructor')).toBe(signInErrorMessage('INVALID_CREDENTIALS'));
  });
});
