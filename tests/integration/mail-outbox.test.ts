/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { disconnectPrisma, prisma } from '@/lib/db';
import { enqueueEmail } from '@/lib/mail/outbox';

// Addresses unique to this run, so that parallel suites sharing the database never see each other's rows.
const domain = `${randomUUID().slice(0, 8)}.outbox.mail-test.invalid`;

afterAll(async () => {
  await prisma.emailOutbox.deleteMany({ where: { to: { endsWith: `@${domain}` } } });
  await disconnectPrisma();
});

const props = { signInUrl: 'https://app.example.fr/connexion', resetRequestUrl: 'https://app.example.fr/mot-de-passe/oubli' };

describe('enqueueEmail', () => {
  it('writes a rendered, pending email with a lower-cased recipient in the caller transaction', async () => {
    const queued = await prisma.$transaction((tx) =>
      enqueueEmail(tx, { to: `  Camille.Martin@${domain.toUpperCase()} `, template: 'account-already-exists', props }),
    );
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row.to).toBe(`camille.martin@${domain}`);
    expect(row.template).toBe('account-already-exists');
    expect(row.subject).toBe('Vous avez déjà un compte Renfort RH Crise');
    expect(row.status).toBe('PENDING');
    expect(row.attempts).toBe(0);
    expect(row.html).toContain('href="https://app.example.fr/connexion"');
    expect(row.text).toContain('Ces mails sont envoyés de manière automatique, merci de ne pas répondre à cette adresse');
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('leaves no row when the transaction that causes the email rolls back', async () => {
    const to = `rollback-${randomUUID()}@${domain}`;
    let insertedId: string | undefined;
    await expect(
      prisma.$transaction(async (tx) => {
        insertedId = (await enqueueEmail(tx, { to, template: 'account-already-exists', props })).id;
        // Visible inside the transaction…
        expect(await tx.emailOutbox.count({ where: { id: insertedId } })).toBe(1);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(insertedId).toBeDefined();
    // …and gone with it.
    expect(await prisma.emailOutbox.count({ where: { to } })).toBe(0);
  });

  it('also works with the plain client when there is no surrounding change', async () => {
    const to = `plain-${randomUUID()}@${domain}`;
    await enqueueEmail(prisma, { to, template: 'account-request-refused', props: { reason: 'Doublon' } });
    expect(await prisma.emailOutbox.count({ where: { to } })).toBe(1);
  });
});
