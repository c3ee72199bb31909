import { supportEmail } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * The public support address (SPEC §15), for app/global-error.tsx: that page replaces the root layout
 * when the layout itself fails, so it cannot receive the address from it, and a client bundle cannot read
 * lib/env. No database, no session: it answers even when the rest of the app does not.
 */
export function GET(): Response {
  return Response.json({ email: supportEmail() }, { headers: { 'Cache-Control': 'no-store' } });
}
