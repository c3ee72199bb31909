import { ROLE_LABELS } from '@/lib/access/actor';
import type { SelectOption } from '@/components/ui/select-field';
import { REGIONS } from '@/lib/reference/regions';
import { ACCOUNT_STATE_LABELS } from '@/lib/accounts/account-status-label';
import { INVITABLE_ROLES, LISTED_ROLES, type InvitableRole } from '@/lib/accounts/schemas';

// The words of « Administration » (SPEC §15), shared by its forms, filters and tables.

export const ACCOUNT_ROLE_LABELS = {
  ARS: 'Agent ARS',
  CCS: 'Agent CCS',
  ESTABLISHMENT: ROLE_LABELS.ESTABLISHMENT,
  RPPS_MANAGER: ROLE_LABELS.RPPS_MANAGER,
  PROFESSIONAL: ROLE_LABELS.PROFESSIONAL,
} as const;

export const REGION_OPTIONS: readonly SelectOption[] = REGIONS.map((region) => ({ value: region.code, label: region.name }));

export const ROLE_OPTIONS: readonly SelectOption[] = LISTED_ROLES.map((role) => ({ value: role, label: ACCOUNT_ROLE_LABELS[role] }));

/** What an agent may invite: the CCS every agent, an ARS the RPPS+ managers of its region. */
export function invitableRoleOptions(area: 'ARS' | 'CCS'): SelectOption[] {
  const roles: readonly InvitableRole[] = area === 'CCS' ? INVITABLE_ROLES : ['RPPS_MANAGER'];
  return roles.map((role) => ({ value: role, label: ACCOUNT_ROLE_LABELS[role] }));
}

export const STATUS_OPTIONS: readonly SelectOption[] = [
  { value: 'actif', label: ACCOUNT_STATE_LABELS.ACTIVE },
  { value: 'invite', label: ACCOUNT_STATE_LABELS.INVITED },
  { value: 'desactive', label: ACCOUNT_STATE_LABELS.DISABLED },
  { value: 'en-attente', label: ACCOUNT_STATE_LABELS.AWAITING_VALIDATION },
];

export const LAST_SIGN_IN_OPTIONS: readonly SelectOption[] = [
  { value: 'jamais', label: 'Jamais connecté' },
  { value: '30-jours', label: 'Dans les 30 derniers jours' },
  { value: 'plus-30-jours', label: 'Il y a plus de 30 jours' },
];
