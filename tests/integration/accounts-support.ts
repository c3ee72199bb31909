import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { Role } from '@/lib/generated/prisma/enums';
import { actorFor, createUser } from '../factories';

// Shared by the « Administration » tests (SPEC §15): accounts named with one tag per test file, so that
// a search on the tag sees only the file's own accounts in the shared database.

export const TAG = `Adm${randomUUID().slice(0, 8)}`;

export async function account(role: Role, options: Parameters<typeof createUser>[1] & { firstName?: string } = {}) {
  const user = await createUser(role, options);
  return prisma.user.update({ where: { id: user.id }, data: { lastName: TAG, firstName: options.firstName ?? role.toLowerCase() } });
}

export async function agent(role: Role, options: Parameters<typeof createUser>[1] = {}): Promise<Actor> {
  return actorFor((await account(role, options)).id);
}

export function auditOf(entityId: string, action: string) {
  return prisma.auditLog.findMany({ where: { entityId, action } });
}

export function outboxTo(email: string) {
  return prisma.emailOutbox.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } });
}
