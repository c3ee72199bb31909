import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth/options';

/**
 * The server-side session row of this browser (lib/auth/user-sessions.ts), kept open when the account's
 * other sessions end. The Actor carries identity only, so it is read from the session cookie here.
 */
export async function currentSessionId(): Promise<string | undefined> {
  const session = await getServerSession(authOptions);
  return session?.sessionId;
}
