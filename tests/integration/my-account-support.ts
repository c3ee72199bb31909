import { prisma } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password-hash';
import type { Role } from '@/lib/generated/prisma/enums';
import { createUser, openSession } from '../factories';

// Shared by the « Mon compte » tests (SPEC §15): an account with a known password and two open sessions.

export const PASSWORD = 'Ancien-mot-de-passe-1';
export const NEW_PASSWORD = 'Nouveau-mot-de-passe-2!';

let hashed: Promise<string> | undefined;

export async function accountWithPassword(role: Role, options: { regionCode?: string; establishmentIds?: string[] } = {}) {
  hashed ??= hashPassword(PASSWORD);
  const user = await createUser(role, { ...options, passwordHash: await hashed });
  const [thisBrowser, otherBrowser] = [await openSession(user.id), await openSession(user.id)];
  return { user, thisBrowser, otherBrowser };
}

/** The link of the last email queued to `to`, or null. */
export async function lastLinkTo(to: string): Promise<string | null> {
  const email = await prisma.emailOutbox.findFirst({ where: { to }, orderBy: { createdAt: 'desc' } });
  return email?.text.match(/jeton=([A-Za-z0-9_%-]+)/)?.[1] ?? null;
}

export function auditCount(userId: string, action: string): Promise<number> {
  return prisma.auditLog.count({ where: { entityId: userId, action } });
}
