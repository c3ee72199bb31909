/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { fetchSessionRole, signInWithCredentials, signOutTo } from '@/lib/auth/client-auth';

// Sign-in and sign-out without next-auth's client (docs/decisions/035): the requests must be the ones
// next-auth's endpoints expect — its CSRF token first, then a form-encoded POST carrying it. The
// network (fetch) and the browser's navigation are the boundary, replaced here.

interface Sent {
  url: string;
  method: string;
  body: URLSearchParams | null;
}

let sent: Sent[];
let answers: Record<string, unknown>;

beforeEach(() => {
  sent = [];
  answers = { '/api/auth/csrf': { csrfToken: 'jeton-csrf' } };
  global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    sent.push({ url, method: init?.method ?? 'GET', body: init?.body instanceof URLSearchParams ? init.body : null });
    return { ok: true, status: 200, json: async () => answers[url] ?? {} } as Response;
  }) as typeof fetch;
});

describe('signOutTo', () => {
  it('posts the CSRF token and the callback URL to the sign-out endpoint, then loads the page next-auth answers', async () => {
    answers['/api/auth/signout'] = { url: 'http://localhost/connexion' };
    const navigate = jest.fn();
    await signOutTo('/connexion', navigate);
    expect(sent.map((request) => `${request.method} ${request.url}`)).toEqual(['GET /api/auth/csrf', 'POST /api/auth/signout']);
    expect(Object.fromEntries(sent[1]!.body!)).toEqual({ csrfToken: 'jeton-csrf', callbackUrl: '/connexion', json: 'true' });
    expect(navigate).toHaveBeenCalledWith('http://localhost/connexion');
  });

  it('falls back on the callback URL when the answer names none', async () => {
    const navigate = jest.fn();
    await signOutTo('/', navigate);
    expect(navigate).toHaveBeenCalledWith('/');
  });
});

describe('signInWithCredentials', () => {
  it('posts the credentials with the CSRF token to the credentials callback', async () => {
    answers['/api/auth/callback/credentials'] = { url: 'http://localhost/' };
    await expect(signInWithCredentials({ email: 'a@b.fr', password: 'Secret-123456!', remember: true })).resolves.toEqual({ error: null });
    expect(sent[1]!.url).toBe('/api/auth/callback/credentials');
    expect(Object.fromEntries(sent[1]!.body!)).toEqual({
      email: 'a@b.fr',
      password: 'Secret-123456!',
      remember: 'true',
      csrfToken: 'jeton-csrf',
      callbackUrl: window.location.href,
      json: 'true',
    });
  });

  it('gives the error code of next-auth’s answer', async () => {
    answers['/api/auth/callback/credentials'] = { url: 'http://localhost/connexion?error=RATE_LIMITED' };
    await expect(signInWithCredentials({ email: 'a@b.fr', password: 'x', remember: false })).resolves.toEqual({ error: 'RATE_LIMITED' });
  });
});

describe('fetchSessionRole', () => {
  it('reads the role of the session, null without one', async () => {
    answers['/api/auth/session'] = { user: { role: 'PROFESSIONAL' } };
    await expect(fetchSessionRole()).resolves.toBe('PROFESSIONAL');
    answers['/api/auth/session'] = {};
    await expect(fetchSessionRole()).resolves.toBeNull();
  });
});

describe('SignOutButton', () => {
  it('is a form posting to next-auth’s sign-out endpoint with a fresh CSRF token and `/` as the page after', async () => {
    const submitted: Record<string, string>[] = [];
    const submit = jest.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (this: HTMLFormElement) {
      submitted.push({ action: this.getAttribute('action') ?? '', method: this.method, ...Object.fromEntries(new FormData(this) as unknown as Iterable<[string, string]>) });
    });
    try {
      render(<SignOutButton />);
      await userEvent.click(screen.getByRole('button', { name: 'Se déconnecter' }));
      await waitFor(() => expect(submitted).toHaveLength(1));
      expect(submitted[0]).toEqual({ action: '/api/auth/signout', method: 'post', csrfToken: 'jeton-csrf', callbackUrl: '/' });
      expect(sent.map((request) => request.url)).toEqual(['/api/auth/csrf']);
    } finally {
      submit.mockRestore();
    }
  });
});
