import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/auth/authenticate';
import { clientIp } from '@/lib/auth/client-ip';
import { signInSchema } from '@/lib/validation/sign-in';

// next-auth v4 with credentials and JWT sessions (docs/decisions/003-next-auth-v4.md). The token carries
// identity only; role, status and memberships are reloaded from the database on every request.

export const LONG_SESSION_SECONDS = 30 * 24 * 60 * 60;
/** A session without « Garder la session ouverte » ends with the browser, and after 12 hours at most. */
export const SHORT_SESSION_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: LONG_SESSION_SECONDS },
  pages: { signIn: '/connexion', error: '/connexion' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: {
        email: { label: "Email de l'utilisateur", type: 'email' },
        password: { label: 'Mot de passe', type: 'password' },
        remember: { label: 'Garder la session ouverte', type: 'checkbox' },
      },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse({
          email: credentials?.email,
          password: credentials?.password,
          remember: credentials?.remember === 'true',
        });
        if (!parsed.success) throw new Error('INVALID_CREDENTIALS');
        const ip = clientIp(new Headers(request?.headers as Record<string, string> | undefined));
        const result = await authenticate(parsed.data.email, parsed.data.password, ip);
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
    async jwt({ token, user }) {
      if (user) {
        const nowSeconds = Math.floor(Date.now() / 1000);
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.remember = user.remember;
        token.absoluteExpiry = nowSeconds + (user.remember ? LONG_SESSION_SECONDS : SHORT_SESSION_SECONDS);
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.sub ?? '', role: token.role };
      session.sessionVersion = token.sv;
      session.absoluteExpiry = token.absoluteExpiry;
      return session;
    },
  },
};
