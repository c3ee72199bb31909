/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { alertCcs } from '@/lib/regulation/alerts';
import { DIGEST_INTERVAL_MS, sendAccountRequestDigests } from '@/lib/jobs/account-requests-digest';
import { freshFiness } from './account-requests-helpers';
import { actorFor, createEstablishment, createMission, createUser, ensureReferenceData } from '../factories';

// The agents' notifications (SPEC §15, issue 11 point 6), through the outbox. Martinique (02) and
// Guyane (03) hold no other test file's account requests; the requests are dated in 2031, after any
// other test's clock, so only this file's runs of the digest see them.

const REGION = '02';
const OTHER_REGION = '03';
const BASE = new Date('2031-03-01T08:00:00Z');
const at = (minutes: number) => new Date(BASE.getTime() + minutes * 60_000);

beforeAll(ensureReferenceData);

describe('« Alerte CCS »', () => {
  it('emails every active CCS agent with the preference on, in the alert’s transaction', async () => {
    const establishment = await createEstablishment('76', { name: `Clinique alerte ${randomUUID().slice(0, 8)}` });
    const mission = await createMission(establishment.id, { requestedCount: 3 });
    const ars = await actorFor((await createUser('ARS', { regionCode: '76' })).id);
    const on = await createUser('CCS');
    const off = await prisma.user.update({ where: { id: (await createUser('CCS')).id }, data: { notifyCcsAlerts: false } });
    const disabled = await createUser('CCS', { status: 'DISABLED' });
    const arsColleague = await createUser('ARS', { regionCode: '76' });

    await alertCcs(ars, { missionId: mission.id });

    const about = { html: { contains: establishment.name } };
    const received = await prisma.emailOutbox.findMany({ where: { to: on.email, ...about } });
    expect(received.map((email) => [email.template, email.subject])).toEqual([['ccs-alert-raised', `Alerte CCS : ${establishment.name}, Infirmier (IDE)`]]);
    expect(received[0]!.text).toContain(`/ccs/missions/${mission.id}`);
    for (const nobody of [off, disabled, arsColleague]) expect(await prisma.emailOutbox.count({ where: { to: nobody.email, ...about } })).toBe(0);
  });

  it('emails nobody when the alert is refused', async () => {
    const establishment = await createEstablishment('76', { name: `Clinique refus ${randomUUID().slice(0, 8)}` });
    const mission = await createMission(establishment.id, { ccsAlertAt: new Date() });
    const ars = await actorFor((await createUser('ARS', { regionCode: '76' })).id);
    await expect(alertCcs(ars, { missionId: mission.id })).rejects.toThrow('Le CCS a déjà été alerté pour cette mission.');
    expect(await prisma.emailOutbox.count({ where: { html: { contains: establishment.name } } })).toBe(0);
  });
});

async function request(regionCode: string, createdAt: Date, status: 'PENDING' | 'VALIDATED' = 'PENDING') {
  return prisma.accountRequest.create({
    data: {
      email: `demande-${randomUUID().slice(0, 8)}@requests.renfort.test`,
      firstName: 'Claire',
      lastName: 'Martin',
      phone: '0596000000',
      category: 'SOCIAL_ACCOMMODATION_ASSISTANCE',
      establishmentName: `EHPAD ${randomUUID().slice(0, 8)}`,
      address: '1 rue du Port',
      postalCode: '97200',
      city: 'Fort-de-France',
      regionCode,
      finess: freshFiness(),
      status,
      decidedAt: status === 'PENDING' ? null : createdAt,
      createdAt,
    },
  });
}

const digestsTo = (email: string) => prisma.emailOutbox.findMany({ where: { to: email, template: 'account-requests-digest' }, orderBy: { createdAt: 'asc' } });

describe('the hourly digest of new account requests', () => {
  it('lists the region’s new undecided requests at most once an hour, and says nothing when nothing is new', async () => {
    const agent = await createUser('ARS', { regionCode: REGION });
    const optedOut = await prisma.user.update({ where: { id: (await createUser('ARS', { regionCode: REGION })).id }, data: { notifyAccountRequests: false } });
    const first = await request(REGION, at(0));
    const decided = await request(REGION, at(1), 'VALIDATED');
    const elsewhere = await request(OTHER_REGION, at(2));

    await sendAccountRequestDigests(at(5));
    let emails = await digestsTo(agent.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe('Nouvelles demandes de compte à valider');
    expect(emails[0]!.text).toContain(first.establishmentName);
    expect(emails[0]!.text).toContain('/ars/demandes');
    for (const absent of [decided, elsewhere]) expect(emails[0]!.text).not.toContain(absent.establishmentName);
    expect(await digestsTo(optedOut.email)).toHaveLength(0);

    // A new request within the hour waits for the hour to pass…
    const second = await request(REGION, at(20));
    await sendAccountRequestDigests(at(30));
    expect(await digestsTo(agent.email)).toHaveLength(1);
    // …then comes alone: the first was already told.
    await sendAccountRequestDigests(at(5 + 60));
    emails = await digestsTo(agent.email);
    expect(emails).toHaveLength(2);
    expect(emails[1]!.text).toContain(second.establishmentName);
    expect(emails[1]!.text).not.toContain(first.establishmentName);

    // Nothing new: nothing sent, even hours later.
    await sendAccountRequestDigests(at(5 + 60 * 4));
    expect(await digestsTo(agent.email)).toHaveLength(2);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: agent.id } })).accountRequestsNotifiedAt).toEqual(at(65));
    expect(DIGEST_INTERVAL_MS).toBe(3600 * 1000);
  });

  it('sends one email when two servers run it at the same instant', async () => {
    const agent = await createUser('ARS', { regionCode: OTHER_REGION });
    await request(OTHER_REGION, at(600));
    // The worst interleaving, forced: a third transaction holds the agent's row, so both runs read the
    // same « last emailed » value and queue up on the claim; then it lets go.
    let release!: () => void;
    let locked!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const rowLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM users WHERE id = ${agent.id} FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 30_000 },
    );
    await rowLocked;
    const runs = Promise.all([sendAccountRequestDigests(at(601)), sendAccountRequestDigests(at(601))]);
    await waitForClaimsBlocked(2);
    release();
    await holder;
    await runs;
    expect(await digestsTo(agent.email)).toHaveLength(1);
  });
});

/** Waits until `count` transactions wait on a row lock in the claim of the digest. */
async function waitForClaimsBlocked(count: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const [row] = await prisma.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE wait_event_type = 'Lock' AND query LIKE '%account_requests_notified_at%' AND query LIKE 'UPDATE%'`;
    if ((row?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the digest runs never reached their claim');
}
