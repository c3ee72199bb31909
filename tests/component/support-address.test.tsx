/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SupportEmailProvider } from '@/components/support/support-email-context';
import ErrorPage from '@/app/error';
import GlobalError from '@/app/global-error';
import NotFound from '@/app/not-found';
import ForbiddenPage from '@/app/(public)/interdit/page';
import SignInPage from '@/app/(public)/connexion/page';
import { getActor } from '@/lib/auth/session';
import { configuredEnv } from '../support/configured-env';

// SPEC §15: the support address of the configuration (SUPPORT_EMAIL), never the default nor a stack trace.

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/navigation', () => ({ useRouter: () => ({ replace: jest.fn(), refresh: jest.fn(), push: jest.fn() }), redirect: jest.fn() }));

const SUPPORT = 'renfort-support@sante.example.fr';
const configure = configuredEnv();
beforeEach(() => configure({ SUPPORT_EMAIL: SUPPORT }));

function expectSupportLink(container: HTMLElement = document.body) {
  const link = within(container).getByRole('link', { name: SUPPORT });
  expect(link).toHaveAttribute('href', `mailto:${SUPPORT}`);
}

describe('the footer of every page', () => {
  it('gives the configured support address and links to help, guides and the legal pages', () => {
    render(<SiteFooter />);
    const footer = screen.getByRole('contentinfo');
    expectSupportLink(footer);
    const nav = within(footer).getByRole('navigation', { name: 'Aide et informations légales' });
    const links = within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Aide', '/aide'],
      ['Guides', '/guides'],
      ['Mentions légales', '/mentions-legales'],
      ['Données personnelles', '/donnees-personnelles'],
    ]);
  });

  it('follows a change of SUPPORT_EMAIL', () => {
    configure({ SUPPORT_EMAIL: 'autre-support@ars.example.fr' });
    render(<SiteFooter />);
    expect(screen.getByRole('link', { name: 'autre-support@ars.example.fr' })).toBeInTheDocument();
  });
});

describe('error pages', () => {
  const error = Object.assign(new Error('relation "users" does not exist'), { digest: 'D1G3ST', stack: 'Error: at secret.ts:12' });

  it('app/error.tsx shows the address given by the root layout, the digest, and no message or stack', () => {
    render(
      <SupportEmailProvider email={SUPPORT}>
        <ErrorPage error={error} reset={jest.fn()} />
      </SupportEmailProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Une erreur est survenue' })).toBeInTheDocument();
    expectSupportLink();
    expect(screen.getByText(/D1G3ST/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('relation "users"');
    expect(document.body).not.toHaveTextContent('secret.ts');
  });

  it('app/global-error.tsx fetches the address from /api/support, and shows no stack', async () => {
    const fetchMock = jest.fn().mockResolvedValue({ ok: true, json: () => Promise.resolve({ email: SUPPORT }) });
    global.fetch = fetchMock as unknown as typeof fetch;
    // It draws its own <html>: render it into the document, as Next does.
    render(<GlobalError error={error} reset={jest.fn()} />, { container: document.documentElement });
    await waitFor(() => expectSupportLink());
    expect(fetchMock).toHaveBeenCalledWith('/api/support');
    expect(document.body).not.toHaveTextContent('secret.ts');
  });

  it('app/global-error.tsx still asks to write to the support when /api/support fails', async () => {
    global.fetch = jest.fn().mockRejectedValue(new Error('down')) as unknown as typeof fetch;
    render(<GlobalError error={error} reset={jest.fn()} />, { container: document.documentElement });
    expect(await screen.findByText(/écrivez au support/)).toBeInTheDocument();
  });

  it('the 404 and 403 pages show the configured address', () => {
    const { unmount } = render(<NotFound />);
    expectSupportLink();
    unmount();
    render(<ForbiddenPage />);
    expectSupportLink();
  });
});

describe('the sign-in page', () => {
  it('shows the configured address and a link to the help page', async () => {
    jest.mocked(getActor).mockResolvedValue(null);
    render(await SignInPage({ searchParams: Promise.resolve({}) }));
    expectSupportLink();
    expect(screen.getByRole('link', { name: 'consultez l’aide' })).toHaveAttribute('href', '/aide');
  });
});
