import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getSessionIdentityProvider } from '@/lib/auth/session';

/**
 * What a Pro Santé Connect sign-in proved for this very session: the account, and the RPPS number PSC
 * certified for it (refreshed on the link at every PSC sign-in, lib/federation/sign-in.ts). A password
 * session gives none, even for an account with a PSC link: changing an RPPS record asks for the e-CPS's
 * two factors each time (docs/decisions/042).
 */
export interface PscSession {
  userId: string;
  rppsNumber: string;
}

export async function currentPscSession(actor: Actor | null): Promise<PscSession | null> {
  if (!actor) return null;
  if ((await getSessionIdentityProvider()) !== 'PRO_SANTE_CONNECT') return null;
  const link = await prisma.federatedIdentity.findUnique({
    where: { userId_provider: { userId: actor.id, provider: 'PRO_SANTE_CONNECT' } },
    select: { rppsNumber: true },
  });
  return link?.rppsNumber ? { userId: actor.id, rppsNumber: link.rppsNumber } : null;
}
