'use client';

import { useRef, useState, type FormEvent } from 'react';
import { fetchCsrfToken, SIGN_OUT_ENDPOINT } from '@/lib/auth/client-auth';

/**
 * « Se déconnecter »: a plain form POST to next-auth's sign-out endpoint, the CSRF token fetched when it
 * is submitted (a cached page must not carry a stale one). next-auth answers with a redirect to `/`,
 * which the browser follows with the session cookie deleted. Without `next-auth/react` (decision 035).
 */
export function SignOutButton({ className }: { className?: string }) {
  const tokenInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setPending(true);
    try {
      tokenInput.current!.value = await fetchCsrfToken();
    } catch {
      // Without a token next-auth shows its own sign-out confirmation page: still a way out.
    }
    form.submit();
  }

  return (
    <form method="post" action={SIGN_OUT_ENDPOINT} onSubmit={(event) => void submit(event)}>
      <input ref={tokenInput} type="hidden" name="csrfToken" defaultValue="" />
      <input type="hidden" name="callbackUrl" value="/" />
      <button type="submit" className={className} aria-disabled={pending || undefined}>
        Se déconnecter
      </button>
    </form>
  );
}
