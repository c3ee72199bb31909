import type { Role } from '@/lib/generated/prisma/enums';

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
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    sv: number;
    remember: boolean;
    absoluteExpiry: number;
    sid?: string;
  }
}
