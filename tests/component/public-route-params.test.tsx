/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import AccessChoicePage from '@/app/(public)/acces/[profil]/page';
import GuidePage from '@/app/(public)/guides/[role]/page';

// The public pages whose route segment names an entry of a fixed list: an unknown segment is a 404, and
// so are the names every JavaScript object inherits (`constructor`, `toString`, `__proto__`…), which a
// plain `in` check takes for entries.

const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** The digest Next gives notFound() and redirect(): what the page answered instead of rendering. */
async function answer(page: () => Promise<unknown>): Promise<string> {
  try {
    render((await page()) as React.ReactElement);
    return 'rendered';
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

describe('/acces/[profil]', () => {
  it.each(['etablissement', 'professionnel'])('renders the choice of the %s profile', async (profil) => {
    expect(await answer(() => AccessChoicePage(params({ profil })))).toBe('rendered');
    expect(screen.getByRole('link', { name: "Je n'ai pas de compte" })).toHaveAttribute('href', `/inscription/${profil}`);
  });

  it.each(['inconnu', ...INHERITED])('is not found for « %s »', async (profil) => {
    expect(await answer(() => AccessChoicePage(params({ profil })))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});

describe('/guides/[role]', () => {
  it.each(['inconnu', ...INHERITED])('is not found for « %s »', async (role) => {
    expect(await answer(() => GuidePage(params({ role })))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
