import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/access/actor';
import { disableAccountIn } from '@/lib/accounts/account-status';
import { createFirstAccount } from '@/lib/accounts/create-first-account';
import { inviteAccountIn } from '@/lib/accounts/invite-account';
import type { InviteAccountData } from '@/lib/accounts/schemas';
import { setPasswordWithToken } from '@/lib/auth/password-flows';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/seed/demo-accounts';

// The demo agents are ordinary accounts (issue 11): the CCS agent is created as `npm run admin:create`
// does, the others are invited by an agent, and each is activated through the activation link's own
// code path — so the journal shows what an operator would see (account.create-first, account.invite,
// account.activated), and the outbox holds their invitations.

const TRANSACTION = { timeout: 30_000 };

function actorOf(user: { id: string; email: string; role: Actor['role']; firstName: string; lastName: string; regionCode: string | null }): Actor {
  return { ...user, regionCode: user.role === 'ARS' ? user.regionCode : null, establishmentIds: [], professionalId: null };
}

/** Sets the demo password with the account's activation link, as the person would. */
async function activate(prisma: PrismaClient, token: string): Promise<void> {
  const outcome = await setPasswordWithToken(token, DEMO_PASSWORD, prisma);
  if (!outcome.ok) throw new Error(`demo activation failed: ${outcome.state}`);
}

async function invite(prisma: PrismaClient, inviter: Actor, input: Omit<InviteAccountData, 'phone' | 'regionCode' | 'finess'> & Partial<InviteAccountData>): Promise<Actor> {
  const created = await prisma.$transaction(
    (tx) => inviteAccountIn(tx, inviter, { phone: '0102030405', regionCode: '', finess: '', ...input }),
    TRANSACTION,
  );
  await activate(prisma, created.token);
  return actorOf(await prisma.user.findUniqueOrThrow({ where: { id: created.id } }));
}

export async function seedDemoAgents(prisma: PrismaClient, finess: { occitanie: string; idf: string }): Promise<void> {
  const ccsAccount = await createFirstAccount(prisma, { role: 'CCS', email: DEMO_ACCOUNTS.ccs, firstName: 'Sylvie', lastName: 'Caron' });
  await activate(prisma, ccsAccount.token);
  const ccs = actorOf(await prisma.user.findUniqueOrThrow({ where: { id: ccsAccount.id } }));

  await invite(prisma, ccs, { role: 'ARS', email: DEMO_ACCOUNTS.arsOccitanie, firstName: 'Hélène', lastName: 'Marty', regionCode: '76' });
  const arsIdf = await invite(prisma, ccs, { role: 'ARS', email: DEMO_ACCOUNTS.arsIdf, firstName: 'Marc', lastName: 'Lemoine', regionCode: '11' });
  await invite(prisma, ccs, { role: 'RPPS_MANAGER', email: DEMO_ACCOUNTS.rppsManager, firstName: 'Julien', lastName: 'Vidal', finess: finess.occitanie });
  // An ARS invites the RPPS+ managers of its own region.
  await invite(prisma, arsIdf, { role: 'RPPS_MANAGER', email: DEMO_ACCOUNTS.rppsManagerIdf, firstName: 'Nadia', lastName: 'Benali', finess: finess.idf });
}

/** An establishment account of Toulouse, disabled by ARS Occitanie with a reason, to try disabling by hand. */
export async function seedDisabledAccount(prisma: PrismaClient, passwordHash: string, establishmentId: string): Promise<void> {
  const user = await prisma.user.create({
    data: {
      email: DEMO_ACCOUNTS.disabledEstablishment,
      role: 'ESTABLISHMENT',
      firstName: 'Jean',
      lastName: 'Rouquette',
      phone: '0102030405',
      passwordHash,
      memberships: { create: [{ establishmentId }] },
    },
  });
  const ars = actorOf(await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.arsOccitanie } }));
  await prisma.$transaction(
    (tx) => disableAccountIn(tx, ars, { userId: user.id, reason: 'A quitté l’établissement (compte de démonstration).' }),
    TRANSACTION,
  );
}
