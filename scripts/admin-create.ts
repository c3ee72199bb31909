import { parseArgs } from 'node:util';
import { z } from '@/lib/validation/zod';
import { emailSchema } from '@/lib/validation/sign-in';
import { createScriptPrisma } from './lib/prisma';

// `npm run admin:create -- --role CCS --email … --first-name … --last-name …` (SPEC §15): the first
// agent of an empty production database. Needs DATABASE_URL (never the embedded database: the account
// is for a real deployment). The activation link goes through the configured transport at once
// (Resend with RESEND_API_KEY, otherwise the outbox); the cron tick retries a failed delivery.

const USAGE = 'Usage : npm run admin:create -- --role CCS --email agent@example.fr --first-name Prénom --last-name Nom';

const argsSchema = z.object({
  role: z.literal('CCS', '--role : seul CCS est accepté (les autres comptes sont invités depuis « Administration »). / Only CCS is accepted.'),
  email: emailSchema,
  'first-name': z.string().trim().min(1, '--first-name est obligatoire. / --first-name is required.').max(100),
  'last-name': z.string().trim().min(1, '--last-name est obligatoire. / --last-name is required.').max(100),
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, email: { type: 'string' }, 'first-name': { type: 'string' }, 'last-name': { type: 'string' } },
  });
  const url = process.env.DATABASE_URL;
  if (!url) fail(`DATABASE_URL n'est pas défini : indiquez la base de production. / DATABASE_URL is not set: point it to the production database.\n${USAGE}`);
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) fail(`${parsed.error.issues.map((issue) => `--${issue.path.join('.')} : ${issue.message}`).join('\n')}\n${USAGE}`);
  const input = { role: parsed.data.role, email: parsed.data.email, firstName: parsed.data['first-name'], lastName: parsed.data['last-name'] };

  // Imported once DATABASE_URL is known: lib/ reads the environment on first use.
  const { createFirstAccount } = await import('@/lib/accounts/create-first-account');
  const { dispatchPendingEmails } = await import('@/lib/mail/dispatcher');
  const { disconnectPrisma } = await import('@/lib/db');
  const { DomainError } = await import('@/lib/errors');
  const { appUrl, env } = await import('@/lib/env');
  const prisma = createScriptPrisma(url);
  try {
    const created = await createFirstAccount(prisma, input).catch((error: unknown) => {
      if (error instanceof DomainError) fail(`${error.message} / This email is already used by an account: nothing was created.`);
      throw error;
    });
    console.log(`Compte CCS créé / CCS account created: ${created.email} (${input.firstName} ${input.lastName}), id ${created.id}.`);
    // A transport error must not read as a failure: the account exists and its email waits in the outbox.
    const delivery = await dispatchPendingEmails({ onlyIds: [created.emailId] }).catch(() => ({ sent: 0 }));
    const transport = env().RESEND_API_KEY && env().MAIL_TRANSPORT !== 'outbox' ? 'Resend' : 'outbox (dev mailbox)';
    if (delivery.sent === 1) console.log(`Lien d'activation (72 h) envoyé via ${transport} / activation link (72 h) sent through ${transport}; links point to ${appUrl()}.`);
    else console.log(`Lien d'activation en file d'attente : l'envoi sera retenté par la tâche planifiée / activation email queued: the cron tick will retry.`);
    console.log('Action enregistrée dans le journal (account.create-first) / audited as account.create-first.');
  } finally {
    await prisma.$disconnect();
    await disconnectPrisma();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
