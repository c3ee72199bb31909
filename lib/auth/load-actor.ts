import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';

const ACTIVITY_REFRESH_MS = 60 * 60 * 1000;

/** Rebuilds the actor from the database; null when the account is gone, inactive or its sessions ended. */
export async function loadActor(userId: string, sessionVersion: number, sessionId: string | undefined, now = new Date()): Promise<Actor | null> {
  // A token from before server-side sessions, or from a session ended by « Se déconnecter »: no actor.
  if (!sessionId) return null;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      firstName: true,
      lastName: true,
      regionCode: true,
      sessionVersion: true,
      lastActivityAt: true,
      memberships: { select: { establishmentId: true } },
      professional: { select: { id: true } },
      sessions: { where: { id: sessionId, endedAt: null, expiresAt: { gt: now } }, select: { id: true } },
    },
  });
  if (!user || user.status !== 'ACTIVE' || user.sessionVersion !== sessionVersion || user.sessions.length === 0) return null;

  // Last activity drives the 2-year retention of volunteer data (SPEC §14); once an hour is enough.
  if (now.getTime() - user.lastActivityAt.getTime() > ACTIVITY_REFRESH_MS) {
    await prisma.user.update({ where: { id: user.id }, data: { lastActivityAt: now } });
  }

  const scopedByEstablishment = user.role === 'ESTABLISHMENT' || user.role === 'RPPS_MANAGER';
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    firstName: user.firstName,
    lastName: user.lastName,
    regionCode: user.role === 'ARS' ? user.regionCode : null,
    establishmentIds: scopedByEstablishment ? user.memberships.map((m) => m.establishmentId) : [],
    professionalId: user.role === 'PROFESSIONAL' ? (user.professional?.id ?? null) : null,
  };
}
