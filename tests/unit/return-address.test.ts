import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { sameSiteRedirect } from '@/lib/auth/options';

// Issue 10 §1: browsers drop tabs and newlines from URLs and read « \ » as « / », so these return
// addresses would leave the site after a genuine sign-in.
const LEAVING = [
  '/\t/evil.example/phish',
  '/\n/evil.example/phish',
  '/\r/evil.example/phish',
  '/%09/evil.example/phish',
  '/%0A/evil.example',
  '/%0d/evil.example',
  '/\\evil.example',
  '/%5Cevil.example',
  '\\/evil.example',
  '//evil.example/',
  '///evil.example/',
  'https://evil.example/',
  'javascript:alert(1)',
  ' /etablissement',
  '',
];

describe('return address after sign-in', () => {
  it.each(LEAVING)('refuses %j', (value) => {
    expect(safeCallbackUrl(value)).toBeNull();
  });

  it('keeps this site’s paths with their query and fragment', () => {
    expect(safeCallbackUrl('/etablissement/besoins/1?x=2#liste')).toBe('/etablissement/besoins/1?x=2#liste');
    expect(safeCallbackUrl('/ars/benevoles?nom=%C3%A9')).toBe('/ars/benevoles?nom=%C3%A9');
    expect(safeCallbackUrl('/')).toBe('/');
    expect(safeCallbackUrl(null)).toBeNull();
  });

  it('resolves dot segments instead of letting them climb out', () => {
    expect(safeCallbackUrl('/a/../../b')).toBe('/b');
  });
});

describe('next-auth redirects', () => {
  const base = 'https://renfort.example';

  it.each(LEAVING.filter(Boolean))('sends %j to the site’s root', (value) => {
    expect(sameSiteRedirect(value, base)).toBe(`${base}/`);
  });

  it('keeps relative and same-origin absolute paths', () => {
    expect(sameSiteRedirect('/professionnel', base)).toBe(`${base}/professionnel`);
    expect(sameSiteRedirect(`${base}/ars?x=1`, base)).toBe(`${base}/ars?x=1`);
  });

  it('refuses another origin, even one that starts with the site’s name', () => {
    expect(sameSiteRedirect('https://renfort.example.evil.example/ars', base)).toBe(`${base}/`);
    expect(sameSiteRedirect('http://renfort.example/ars', base)).toBe(`${base}/`);
  });
});
