import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import type { Actor } from '@/lib/access/actor';
import { authOptions } from '@/lib/auth/options';
import { loadActor } from '@/lib/auth/load-actor';
import { hasRole } from '@/lib/access/roles';
import type { IdentityProvider, Role } from '@/lib/generated/prisma/enums';

const getSession = cache(() => getServerSession(authOptions));

/**
 * The identity provider this request's session was opened with (SPEC §16), or null for a password
 * session. It says how the person proved who they are this time, which an account's links do not.
 */
export async function getSessionIdentityProvider(): Promise<IdentityProvider | null> {
  return (await getSession())?.identityProvider ?? null;
}

/**
 * The signed-in actor of this request, or null. Once per request (React cache): the session cookie
 * gives the identity, the database decides the rest — a disabled account, a bumped session version
 * (password changed) or a removed membership takes effect on the next request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getSession();
  if (!session?.user?.id) return null;
  if (session.absoluteExpiry && session.absoluteExpiry * 1000 < Date.now()) return null;
  return loadActor(session.user.id, session.sessionVersion, session.sessionId);
});

/** No session → sign-in page; wrong role → 404 (nothing to probe). */
export async function requireActor<R extends Role>(...roles: R[]): Promise<Actor & { role: R }> {
  const actor = await getActor();
  if (!actor) redirect('/connexion');
  if (roles.length > 0 && !hasRole(actor, roles)) notFound();
  return actor as Actor & { role: R };
}

/**
 * The gate of every page and layout of a role's area (app/<group>/, lib/access/roles.ts): each one
 * checks by itself, since a layout is not re-rendered on every request a page answers. The test of
 * tests/unit/area-roles.test.ts checks that each passes its own group's role.
 */
export function requireAreaActor<R extends Role>(role: R): Promise<Actor & { role: R }> {
  return requireActor(role);
}
