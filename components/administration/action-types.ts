import type { ActionResult } from '@/lib/actions/result';
import type { AccountIdInput, AttachEstablishmentInput, DetachEstablishmentInput, DisableAccountInput, InviteAccountInput } from '@/lib/accounts/schemas';

// The server actions of « Administration » (app/(regulation)/_actions/administration.ts), handed to the
// client components as props by the `/ars` and `/ccs` pages.

type Act<Input, Output> = (input: Input) => Promise<ActionResult<Output>>;

export interface InviteActions {
  invite: Act<InviteAccountInput, { userId: string; email: string }>;
}

export interface AccountActions {
  resend: Act<AccountIdInput, { email: string }>;
  disable: Act<DisableAccountInput, { email: string }>;
  reactivate: Act<AccountIdInput, { email: string }>;
  attach: Act<AttachEstablishmentInput, { establishmentName: string }>;
  detach: Act<DetachEstablishmentInput, { establishmentName: string }>;
}
