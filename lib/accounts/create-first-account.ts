import 'server-only';
import type { PrismaClient } from '@/lib/db';
import { createInvitedAccount, type CreatedAccount } from '@/lib/accounts/create-account';

// `npm run admin:create` (SPEC §15): the first CCS agent of an empty production database, with no
// agent to invite them. The same account creation as an invitation (72 h activation link emailed
// through the outbox), audited as `account.create-first` with no actor. An email in use is refused.

export interface FirstAccountInput {
  role: 'CCS';
  email: string;
  firstName: string;
  lastName: string;
}

export async function createFirstAccount(db: PrismaClient, input: FirstAccountInput): Promise<CreatedAccount> {
  return db.$transaction((tx) => createInvitedAccount(tx, input, { actorId: null, action: 'account.create-first' }), { timeout: 15_000 });
}
