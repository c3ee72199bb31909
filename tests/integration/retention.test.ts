/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { addDays, addYears, subMonths } from 'date-fns';
import { saveProfessionalDocument } from '@/lib/professionals/documents';
import { disconnectPrisma, prisma } from '@/lib/db';
import { createCandidacy } from '../factories';
import { anonymiseInactiveVolunteers, anonymisedEmail } from '@/lib/retention/anonymise';
import { warnInactiveVolunteers } from '@/lib/retention/warn';
import { createLocalDiskStore, type FileStore } from '@/lib/storage';
import { withFileTransaction } from '@/lib/storage/file-transaction';
import type { UserStatus } from '@/lib/generated/prisma/client';

// Real PostgreSQL. The jobs act on the whole database, where other test files run at the same time
// (and the cron route test runs every job at the real date). So the clock of these tests is one year
// ahead: at that date the accounts of the other files, active today, are not due, and the volunteers
// made here — last active 18 months ago — are due; at the real date they are not.

const RUN = randomUUID().slice(0, 8);
const NOW = addYears(new Date(), 1);
const LONG_AGO = subMonths(new Date(), 18);
const userIds: string[] = [];
let establishmentId: string;
let dir: string;
let store: FileStore;

async function createVolunteer(label: string, options: { lastActivityAt?: Date; status?: UserStatus } = {}) {
  const user = await prisma.user.create({
    data: {
      email: `${label}-${RUN}@retention.test`,
      role: 'PROFESSIONAL',
      status: options.status ?? 'ACTIVE',
      passwordHash: 'argon2-hash-of-test',
      firstName: 'Camille',
      lastName: `Retention ${label}`,
      phone: '0600000000',
      lastActivityAt: options.lastActivityAt ?? LONG_AGO,
      professional: {
        create: {
          phone: '0611223344',
          postalCode: '44000',
          city: 'Nantes',
          departmentCode: '44',
          regionCode: '52',
          professionCode: 'INFIRMIER',
          activityType: 'EMPLOYEE',
          identifierType: 'RPPS',
          identifierNumber: '10003456789',
          employer: 'CHU de Nantes',
          comment: 'Disponible le week-end',
          mobilisation: 'REGIONAL',
          termsAcceptedAt: LONG_AGO,
          dataConsentAt: LONG_AGO,
          periods: { create: { startDate: new Date('2024-01-01'), endDate: null } },
        },
      },
    },
    include: { professional: true },
  });
  userIds.push(user.id);
  return { userId: user.id, email: user.email, professionalId: user.professional!.id };
}

async function createMission(endDate: Date) {
  return prisma.mission.create({
    data: { establishmentId, professionCode: 'INFIRMIER', startDate: subMonths(endDate, 1), endDate, requestedCount: 1 },
  });
}

async function outboxTo(email: string) {
  return prisma.emailOutbox.findMany({ where: { to: email, template: 'retention-warning' } });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'retention-it-'));
  store = createLocalDiskStore(dir);
  await prisma.profession.upsert({ where: { code: 'INFIRMIER' }, update: {}, create: { code: 'INFIRMIER', label: 'Infirmier' } });
  const establishment = await prisma.establishment.create({
    data: { gid: `TEST-RETENTION-${RUN}`, name: 'Clinique Rétention', category: 'Clinique', address: '1 quai', postalCode: '44000', city: 'Nantes', departmentCode: '44', regionCode: '52' },
  });
  establishmentId = establishment.id;
});

afterAll(async () => {
  await prisma.auditLog.deleteMany({ where: { entityId: { in: userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.mission.deleteMany({ where: { establishmentId } });
  await prisma.establishment.delete({ where: { id: establishmentId } });
  await disconnectPrisma();
  await rm(dir, { recursive: true, force: true });
});

describe('the retention warning', () => {
  it('emails a volunteer inactive for 2 years once, with the day of the anonymisation', async () => {
    const volunteer = await createVolunteer('inactive');
    expect(await warnInactiveVolunteers(NOW)).toBeGreaterThanOrEqual(1);
    await warnInactiveVolunteers(addDays(NOW, 1));

    const emails = await outboxTo(volunteer.email);
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toBe('Votre compte Renfort RH Crise va être anonymisé');
    const thirtyDaysLater = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(addDays(NOW, 30));
    expect(emails[0].text).toContain(`anonymisées à partir du ${thirtyDaysLater}`);
    await expect(prisma.user.findUniqueOrThrow({ where: { id: volunteer.userId } })).resolves.toMatchObject({ retentionWarnedAt: NOW });
    await expect(prisma.auditLog.count({ where: { action: 'account.retention_warning', entityId: volunteer.userId } })).resolves.toBe(1);
  });

  it('leaves alone a volunteer who signed in within 2 years, or was assigned to a mission that ended within 2 years', async () => {
    const recent = await createVolunteer('recent', { lastActivityAt: subMonths(NOW, 23) });
    const assigned = await createVolunteer('assigned');
    const mission = await createMission(subMonths(NOW, 6));
    await createCandidacy({ professionalId: assigned.professionalId, missionId: mission.id, status: 'ASSIGNED', contactedAt: LONG_AGO, decidedAt: LONG_AGO, updatedAt: LONG_AGO });

    await warnInactiveVolunteers(NOW);
    await expect(outboxTo(recent.email)).resolves.toHaveLength(0);
    await expect(outboxTo(assigned.email)).resolves.toHaveLength(0);
  });

  it('does not ask an account disabled by its agency to sign in', async () => {
    const disabled = await createVolunteer('disabled-warn', { status: 'DISABLED' });
    await warnInactiveVolunteers(NOW);
    await expect(outboxTo(disabled.email)).resolves.toHaveLength(0);
  });
});

describe('the anonymisation', () => {
  async function saveIdentityDocument(professionalId: string) {
    const bytes = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/uploads/sample.pdf')));
    const result = await withFileTransaction((tx) => saveProfessionalDocument(tx, { professionalId, kind: 'IDENTITY', bytes, originalName: 'cni.pdf' }), { store });
    if (!result.ok) throw new Error(result.message);
  }

  it('erases what identifies the volunteer 30 days after the warning, and keeps their candidacies', async () => {
    const volunteer = await createVolunteer('forgotten');
    await saveIdentityDocument(volunteer.professionalId);
    const mission = await createMission(subMonths(NOW, 30));
    await createCandidacy({ professionalId: volunteer.professionalId, missionId: mission.id, status: 'REFUSED', contactedAt: LONG_AGO, decidedAt: LONG_AGO, updatedAt: LONG_AGO });
    await warnInactiveVolunteers(NOW);
    const before = await prisma.user.findUniqueOrThrow({ where: { id: volunteer.userId } });

    await anonymiseInactiveVolunteers(addDays(NOW, 29), store);
    await expect(prisma.user.findUniqueOrThrow({ where: { id: volunteer.userId } })).resolves.toMatchObject({ anonymisedAt: null });

    const at = addDays(NOW, 31);
    expect(await anonymiseInactiveVolunteers(at, store)).toBeGreaterThanOrEqual(1);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: volunteer.userId }, include: { professional: { include: { periods: true, documents: true, candidacies: true } } } });
    expect(user).toMatchObject({
      email: anonymisedEmail(volunteer.userId),
      firstName: 'Compte',
      lastName: 'anonymisé',
      phone: null,
      passwordHash: null,
      status: 'DISABLED',
      sessionVersion: before.sessionVersion + 1,
      anonymisedAt: at,
    });
    expect(user.professional).toMatchObject({
      phone: '',
      postalCode: '',
      city: '',
      identifierType: 'NONE',
      identifierNumber: null,
      employer: null,
      comment: null,
      available: false,
      accountActive: false,
      // What the statistics of the crisis read stays.
      professionCode: 'INFIRMIER',
      departmentCode: '44',
      regionCode: '52',
    });
    expect(user.professional?.periods).toEqual([]);
    expect(user.professional?.documents).toEqual([]);
    expect(user.professional?.candidacies.map((c) => c.status)).toEqual(['REFUSED']);
    expect(await readdir(path.join(dir, 'documents'))).toEqual([]);
    await expect(prisma.emailOutbox.count({ where: { to: volunteer.email } })).resolves.toBe(0);
    await expect(prisma.auditLog.findMany({ where: { action: 'account.anonymise', entityId: volunteer.userId } })).resolves.toEqual([
      expect.objectContaining({ actorId: null, details: { professionalId: volunteer.professionalId, documents: 1, reason: 'inactivity' } }),
    ]);
  });

  it('is cancelled by a sign-in after the warning', async () => {
    const volunteer = await createVolunteer('came-back');
    await warnInactiveVolunteers(NOW);
    await prisma.user.update({ where: { id: volunteer.userId }, data: { lastActivityAt: addDays(NOW, 3) } });

    await anonymiseInactiveVolunteers(addDays(NOW, 31), store);
    await expect(prisma.user.findUniqueOrThrow({ where: { id: volunteer.userId } })).resolves.toMatchObject({
      anonymisedAt: null,
      status: 'ACTIVE',
      email: volunteer.email,
    });
  });

  it('reaches an account disabled by its agency 30 days after its 2 years, without a warning', async () => {
    const disabled = await createVolunteer('disabled', { status: 'DISABLED', lastActivityAt: LONG_AGO });
    // At NOW its last activity is 2 years and 6 months old: past the 2 years and the grace period.
    await anonymiseInactiveVolunteers(subMonths(NOW, 6), store);
    await expect(prisma.user.findUniqueOrThrow({ where: { id: disabled.userId } })).resolves.toMatchObject({ anonymisedAt: null });
    await anonymiseInactiveVolunteers(NOW, store);
    await expect(prisma.user.findUniqueOrThrow({ where: { id: disabled.userId } })).resolves.toMatchObject({ anonymisedAt: NOW, status: 'DISABLED' });
  });

  it('anonymises once when two servers run the job together', async () => {
    const volunteer = await createVolunteer('raced');
    await warnInactiveVolunteers(NOW);
    const at = addDays(NOW, 40);
    await Promise.all([anonymiseInactiveVolunteers(at, store), anonymiseInactiveVolunteers(at, store)]);
    await expect(prisma.auditLog.count({ where: { action: 'account.anonymise', entityId: volunteer.userId } })).resolves.toBe(1);
  });
});
