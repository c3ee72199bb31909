import type { Role, UserStatus } from '@/lib/generated/prisma/enums';
import type { InvitableRole } from '@/lib/accounts/schemas';
import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';

// The guard rails of « Administration » (SPEC §15), pure so that they are unit-tested on their own;
// lib/accounts applies them to rows it has locked, so that two agents acting at once cannot both pass.

export type AdministratorRole = 'ARS' | 'CCS';

/** Who may invite whom: the CCS any agent; an ARS the RPPS+ managers of its region's establishments. */
export function mayInvite(actorRole: AdministratorRole, role: InvitableRole): boolean {
  return actorRole === 'CCS' || role === 'RPPS_MANAGER';
}

/** Accounts bound to establishments (FINESS). */
export function isEstablishmentBound(role: Role): role is 'ESTABLISHMENT' | 'RPPS_MANAGER' {
  return role === 'ESTABLISHMENT' || role === 'RPPS_MANAGER';
}

/**
 * Who may act on an account the actor sees: the CCS on every account; an ARS on the establishment, RPPS+
 * and volunteer accounts of its region only — ARS and CCS agents are the CCS's (SPEC §2). Volunteers are
 * disabled and reactivated from their sheet in « Bénévoles », never listed in « Administration ».
 */
export function mayAdminister(actorRole: AdministratorRole, targetRole: Role): boolean {
  return actorRole === 'CCS' || isEstablishmentBound(targetRole) || targetRole === 'PROFESSIONAL';
}

export interface DisableCheck {
  actorId: string;
  target: { id: string; role: Role; status: UserStatus };
  /** Active CCS agents, the target included, counted on rows locked by the transaction. */
  activeCcsCount: number;
}

/** The French reason disabling is refused, or null when it may go ahead. */
export function disableRefusal({ actorId, target, activeCcsCount }: DisableCheck): string | null {
  if (target.id === actorId) return ACCOUNT_MESSAGES.notSelf;
  if (target.status !== 'ACTIVE') return ACCOUNT_MESSAGES.notActive;
  if (target.role === 'CCS' && activeCcsCount <= 1) return ACCOUNT_MESSAGES.lastCcs;
  return null;
}

/** An establishment account keeps at least one establishment (SPEC §15). */
export function detachRefusal(membershipCount: number): string | null {
  return membershipCount <= 1 ? ACCOUNT_MESSAGES.lastEstablishment : null;
}

/** « Renvoyer l'invitation » is for accounts never activated: an activated one uses « mot de passe oublié ». */
export function resendRefusal(target: { status: UserStatus; hasPassword: boolean }): string | null {
  if (target.hasPassword) return ACCOUNT_MESSAGES.alreadyActivated;
  if (target.status !== 'ACTIVE') return ACCOUNT_MESSAGES.notActive;
  return null;
}
