import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { NotFoundError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import type { ProfileOutput } from './schemas';
import { getLinkedIdentities, type LinkedIdentities } from '@/lib/federation/linked-identities';

// « Mon compte » (SPEC §15): the actor's own row, never another's — no function here takes a user id.
// A volunteer's names and phone belong to « Ma fiche » (lib/professionals/own/record.ts): names on the
// user row, the phone on the professional row. One editor per field, so « Mon compte » shows them read-only.

export type NotificationPreference = { kind: 'account-requests' | 'ccs-alerts'; enabled: boolean };

export interface MyAccount {
  email: string;
  /** The new address waiting for its confirmation link. */
  pendingEmail: string | null;
  firstName: string;
  lastName: string;
  phone: string | null;
  /** True for a volunteer: « Ma fiche » edits names and phone. */
  profileInRecord: boolean;
  /** Agents only: the one notification their role receives. */
  notification: NotificationPreference | null;
  /** « Identités liées » (SPEC §16): Pro Santé Connect, ProConnect. */
  federation: LinkedIdentities;
}

export async function getMyAccount(actor: Actor): Promise<MyAccount> {
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: {
      email: true,
      pendingEmail: true,
      firstName: true,
      lastName: true,
      phone: true,
      role: true,
      notifyAccountRequests: true,
      notifyCcsAlerts: true,
      professional: { select: { phone: true } },
    },
  });
  if (!user) throw new NotFoundError('user');
  const profileInRecord = user.role === 'PROFESSIONAL';
  return {
    email: user.email,
    pendingEmail: user.pendingEmail,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: profileInRecord ? (user.professional?.phone ?? null) : user.phone,
    profileInRecord,
    notification: notificationOf(user),
    federation: await getLinkedIdentities(actor),
  };
}

function notificationOf(user: { role: Actor['role']; notifyAccountRequests: boolean; notifyCcsAlerts: boolean }): NotificationPreference | null {
  if (user.role === 'ARS') return { kind: 'account-requests', enabled: user.notifyAccountRequests };
  if (user.role === 'CCS') return { kind: 'ccs-alerts', enabled: user.notifyCcsAlerts };
  return null;
}

/** Name and phone of every account but a volunteer's (« Ma fiche » owns those). */
export async function updateProfile(actor: Actor, input: ProfileOutput): Promise<ProfileOutput> {
  if (actor.role === 'PROFESSIONAL') throw new NotFoundError('profile');
  return prisma.$transaction(async (tx) => {
    const saved = await tx.user.update({
      where: { id: actor.id },
      data: { firstName: input.firstName, lastName: input.lastName, phone: input.phone },
      select: { firstName: true, lastName: true, phone: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: 'account.profile-update', entityType: 'User', entityId: actor.id });
    return saved;
  });
}
