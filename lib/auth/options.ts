import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/auth/authenticate';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { clientIp } from '@/lib/auth/client-ip';
import { readKnownDevice } from '@/lib/auth/known-device';
import { endSession, startSession } from '@/lib/auth/user-sessions';
import { signInSchema } from '@/lib/validation/sign-in';
import { headers } from 'next/headers';
import { appUrl } from '@/lib/env';
import { identityProviderOf } from '@/lib/federation/config';
import { certifiedIdentity } from '@/lib/federation/claims';
import { federationProviders } from '@/lib/federation/next-auth-providers';
import { federatedAccount, federatedSignIn, signInRedirect } from '@/lib/federation/sign-in';

// next-auth v4 with credentials and JWT sessions (docs/decisions/003-next-auth-v4.md). The token carries
// identity only; role, status and memberships are reloaded from the database on every request.

export const LONG_SESSION_SECONDS = 30 * 24 * 60 * 60;
/** A session without « Garder la session ouverte » ends with the browser, and after 12 hours at most. */
export const SHORT_SESSION_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: LONG_SESSION_SECONDS },
  pages: { signIn: '/connexion', error: '/connexion' },
  providers: [
    ...federationProviders(),
    CredentialsProvider({
      name: 'credentials',
      credentials: {
        email: { label: "Email de l'utilisateur", type: 'email' },
        password: { label: 'Mot de passe', type: 'password' },
        remember: { label: 'Garder la session ouverte', type: 'checkbox' },
        // The password confirmed once to link a Pro Santé Connect identity (lib/federation/intents.ts).
        federationToken: { label: 'Jeton de liaison', type: 'hidden' },
      },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse({
          email: credentials?.email,
          password: credentials?.password,
          remember: credentials?.remember === 'true',
        });
        if (!parsed.success) throw new Error('INVALID_CREDENTIALS');
        const requestHeaders = new Headers(request?.headers as Record<string, string> | undefined);
        const result = await authenticate(parsed.data.email, parsed.data.password, {
          ip: clientIp(requestHeaders),
          device: readKnownDevice(requestHeaders.get('cookie')),
          federationToken: credentials?.federationToken || undefined,
        });
        // next-auth turns a thrown message into `error` on the client: the code, never a stack trace.
        if (!result.ok) throw new Error(result.reason);
        return {
          id: result.user.id,
          role: result.user.role,
          sessionVersion: result.user.sessionVersion,
          remember: parsed.data.remember,
        };
      },
    }),
  ],
  callbacks: {
    // next-auth's own redirects (sign-in, sign-out) follow the same rule as the sign-in page: only this
    // site's paths, whatever the `callbackUrl` says.
    async redirect({ url, baseUrl }) {
      return sameSiteRedirect(url, baseUrl);
    },
    // Pro Santé Connect and ProConnect (SPEC §16): the provider proved an identity; which account it is
    // (or the step still missing) is ours to decide, from our accounts only (lib/federation/sign-in.ts).
    async signIn({ account, profile }) {
      const provider = identityProviderOf(account?.provider);
      if (!provider) return true;
      const identity = certifiedIdentity(provider, profile);
      if (!identity) return new URL('/connexion?error=Callback', appUrl()).toString();
      const outcome = await federatedSignIn(identity, { ip: clientIp(await headers()) });
      return outcome.kind === 'signed-in' ? true : new URL(signInRedirect(outcome), appUrl()).toString();
    },
    async jwt({ token, user, account }) {
      if (user && account?.type === 'oauth') {
        // next-auth's user is the provider's subject: the session is the linked account's, as for a password.
        const linked = await federatedAccount(account.provider, account.providerAccountId);
        if (!linked) throw new Error('Callback');
        Object.assign(user, linked);
      }
      if (user) {
        const nowSeconds = Math.floor(Date.now() / 1000);
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.remember = user.remember;
        token.absoluteExpiry = nowSeconds + (user.remember ? LONG_SESSION_SECONDS : SHORT_SESSION_SECONDS);
        token.sid = await startSession(user.id, new Date(token.absoluteExpiry * 1000));
        // How this session was opened: « Mon enregistrement RPPS » needs a Pro Santé Connect session
        // (docs/decisions/042), and a password sign-in in the same browser must not inherit it.
        token.idp = account?.type === 'oauth' ? (identityProviderOf(account.provider) ?? undefined) : undefined;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.sub ?? '', role: token.role };
      session.sessionVersion = token.sv;
      session.absoluteExpiry = token.absoluteExpiry;
      session.sessionId = token.sid;
      session.identityProvider = token.idp ?? null;
      return session;
    },
  },
  events: {
    // « Se déconnecter » ends this browser's session on the server: a copy of the cookie stops working.
    async signOut({ token }) {
      if (token?.sid && token.sub) await endSession(token.sub, token.sid);
    },
  },
};

/** An absolute URL on this site built from a requested return address, or the site's root. */
export function sameSiteRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let path: string | null = null;
  if (url.startsWith('/')) path = safeCallbackUrl(url);
  else {
    try {
      const absolute = new URL(url);
      if (absolute.origin === base.origin) path = safeCallbackUrl(`${absolute.pathname}${absolute.search}${absolute.hash}`);
    } catch {
      path = null;
    }
  }
  return new URL(path ?? '/', base).toString();
}
