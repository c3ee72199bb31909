import type { IdentityProvider, Role } from '@/lib/generated/prisma/enums';

// The session token carries identity only (docs/ARCHITECTURE.md convention 4); the role is used by middleware.ts
// for coarse redirects, never for authorization.
declare module 'next-auth' {
  interface User {
    id: string;
    role: Role;
    sessionVersion: number;
    remember: boolean;
  }
  interface Session {
    user: { id: string; role: Role };
    sessionVersion: number;
    absoluteExpiry: number;
    /** The server-side session (user_sessions) this browser holds. */
    sessionId?: string;
    /** The identity provider this session was opened with; null for a password. */
    identityProvider: IdentityProvider | null;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    sv: number;
    remember: boolean;
    absoluteExpiry: number;
    sid?: string;
    /** Set when the session was opened through Pro Santé Connect or ProConnect. */
    idp?: IdentityProvider;
  }
}
