import type { UserStatus } from '@/lib/generated/prisma/enums';

// How an account's state reads on the pages: « Invité » is an active account never activated.
export type AccountState = 'ACTIVE' | 'INVITED' | 'DISABLED' | 'AWAITING_VALIDATION';

export const ACCOUNT_STATE_LABELS: Record<AccountState, string> = {
  ACTIVE: 'Actif',
  INVITED: 'Invité (jamais activé)',
  DISABLED: 'Désactivé',
  AWAITING_VALIDATION: 'En attente de validation',
};

export function accountState(status: UserStatus, hasPassword: boolean): AccountState {
  if (status === 'ACTIVE') return hasPassword ? 'ACTIVE' : 'INVITED';
  return status;
}
