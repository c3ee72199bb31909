import type { ActionResult } from '@/lib/actions/result';
import type { RefusalOutcome } from '@/lib/account-requests/refuse-account-request';
import type { ValidationOutcome } from '@/lib/account-requests/validate-account-request';
import type { AccountRequestDecisionInput, AccountRequestRefusalInput } from '@/lib/validation/account-request';

/** The server actions of a queue page (`/ars/demandes` or `/ccs/demandes`), handed to the shared UI. */
export interface QueueActions {
  validate: (input: AccountRequestDecisionInput) => Promise<ActionResult<ValidationOutcome>>;
  refuse: (input: AccountRequestRefusalInput) => Promise<ActionResult<RefusalOutcome>>;
}
