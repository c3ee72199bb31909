import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password-hash';
import { generateRppsNumber } from '@/lib/identifiers/rpps';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/seed/demo-accounts';
import { SEED_ESTABLISHMENTS, makeFiness } from '@/lib/seed/establishments';

const finessOf = (key: string): string => SEED_ESTABLISHMENTS.find((seed) => seed.key === key)!.finess;
import { placeOf } from '@/lib/seed/geography';
import { syncReferenceData } from '@/lib/seed/reference-data';
import { seedVolunteers } from '@/lib/seed/volunteers';
import { seedDemoAgents, seedDisabledAccount } from '@/lib/seed/demo-agents';
import { addUtcDays, startOfUtcDay, toIsoDay } from '@/lib/dates/days';
import { changeCandidacyStatus } from '@/lib/candidacies/change-status';

// The realistic demo data set of SPEC §13: the demo accounts, ten establishments in seven regions,
// missions, ~200 volunteers, candidacies in every status, account requests and an RPPS record.

function day(now: Date, offset: number): Date {
  return startOfUtcDay(addUtcDays(now, offset));
}

export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { email: DEMO_ACCOUNTS.ccs } })) > 0;
}

export async function seedDemo(prisma: PrismaClient, connectionString: string, now = new Date()): Promise<void> {
  await syncReferenceData(prisma);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const establishments = new Map<string, string>();
  for (const seed of SEED_ESTABLISHMENTS) {
    const place = placeOf(seed.postalCode);
    const created = await prisma.establishment.create({
      data: {
        finess: seed.finess,
        name: seed.name,
        category: seed.category,
        address: seed.address,
        postalCode: seed.postalCode,
        city: place.communes[0]!.name,
        departmentCode: place.departmentCode,
        regionCode: place.regionCode,
        longitude: place.coordinates[0],
        latitude: place.coordinates[1],
      },
    });
    establishments.set(seed.key, created.id);
  }
  const occitanie = establishments.get('occitanie')!;
  const idf = establishments.get('idf')!;

  // Establishment accounts come from account requests (SPEC §6.1): written directly here.
  const account = (email: string, firstName: string, lastName: string, establishmentId: string) =>
    prisma.user.create({
      data: { email, role: 'ESTABLISHMENT', firstName, lastName, passwordHash, phone: '0102030405', memberships: { create: [{ establishmentId }] } },
    });

  const [establishmentUser] = await Promise.all([
    account(DEMO_ACCOUNTS.establishment, 'Claire', 'Fabre', occitanie),
    account(DEMO_ACCOUNTS.establishment2, 'Paul', 'Azéma', occitanie),
    account(DEMO_ACCOUNTS.otherEstablishment, 'Inès', 'Garnier', idf),
  ]);
  await seedDemoAgents(prisma, { occitanie: finessOf('occitanie'), idf: finessOf('idf') });
  // The other establishments each get one account, so that every FINESS is reachable.
  for (const seed of SEED_ESTABLISHMENTS.filter((s) => s.key !== 'occitanie' && s.key !== 'idf')) {
    await account(`contact-${seed.key}@etablissements.renfort.test`, 'Responsable', seed.name.slice(0, 40), establishments.get(seed.key)!);
  }

  await seedDisabledAccount(prisma, passwordHash, occitanie);
  await seedDemoVolunteer(prisma, passwordHash, now);
  await seedVolunteers(connectionString, { count: 200, seed: 76, emailPrefix: 'demo', passwordHash, now });
  await seedMissionsAndCandidacies(prisma, establishments, establishmentUser.id, now);
  await seedAccountRequests(prisma);
  await seedRppsRecord(prisma, occitanie, now);
}

async function seedDemoVolunteer(prisma: PrismaClient, passwordHash: string, now: Date): Promise<void> {
  const place = placeOf('31000');
  await prisma.user.create({
    data: {
      email: DEMO_ACCOUNTS.volunteer,
      role: 'PROFESSIONAL',
      firstName: 'Lucie',
      lastName: 'Bonnet',
      passwordHash,
      professional: {
        create: {
          phone: '0611223344',
          postalCode: '31000',
          city: place.communes[0]!.name,
          departmentCode: place.departmentCode,
          regionCode: '76',
          longitude: place.coordinates[0],
          latitude: place.coordinates[1],
          professionCode: 'NURSE',
          activityType: 'EMPLOYEE',
          identifierType: 'RPPS',
          identifierNumber: '10101010101',
          employer: 'CHU de Toulouse',
          hasVehicle: true,
          ehpadExperience: true,
          icuExperience: true,
          vaccinationExperience: true,
          availableWeekdays: true,
          availableWeekends: true,
          mobilisation: 'REGIONAL',
          comment: 'Disponible en soirée et le week-end.',
          termsAcceptedAt: now,
          dataConsentAt: now,
          periods: { create: [{ startDate: day(now, -7), endDate: day(now, 60) }, { startDate: day(now, 90), endDate: null }] },
        },
      },
    },
  });
}

async function seedMissionsAndCandidacies(
  prisma: PrismaClient,
  establishments: Map<string, string>,
  validatorId: string,
  now: Date,
): Promise<void> {
  const plans = [
    { key: 'occitanie', professionCode: 'NURSE', requestedCount: 3, start: 2, length: 30, needsWeekend: false, icu: true },
    { key: 'occitanie', professionCode: 'CARE_ASSISTANT', requestedCount: 2, start: 5, length: 21, needsWeekend: true, icu: false },
    { key: 'occitanie', professionCode: 'NURSE', requestedCount: 4, start: 10, length: 45, needsWeekend: false, icu: false, vaccination: true },
    { key: 'montpellier-ehpad', professionCode: 'CARE_ASSISTANT', requestedCount: 2, start: 1, length: 30, needsWeekend: true, icu: false },
    { key: 'albi', professionCode: 'DOCTOR', requestedCount: 1, start: 7, length: 14, needsWeekend: false, icu: false },
    { key: 'idf', professionCode: 'NURSE', requestedCount: 5, start: 3, length: 60, needsWeekend: false, icu: true },
    { key: 'idf', professionCode: 'HOSPITAL_SERVICE_AGENT', requestedCount: 2, start: 1, length: 20, needsWeekend: false, icu: false },
    { key: 'lyon', professionCode: 'NURSE_ANAESTHETIST', requestedCount: 1, start: 4, length: 30, needsWeekend: false, icu: true },
    { key: 'strasbourg', professionCode: 'CARE_ASSISTANT', requestedCount: 3, start: 2, length: 40, needsWeekend: true, icu: false },
    { key: 'marseille', professionCode: 'NURSE', requestedCount: 2, start: 0, length: 30, needsWeekend: false, icu: false, vaccination: true },
    { key: 'reunion', professionCode: 'NURSE', requestedCount: 2, start: 6, length: 30, needsWeekend: false, icu: true },
  ];
  const missionIds: string[] = [];
  for (const plan of plans) {
    const mission = await prisma.mission.create({
      data: {
        establishmentId: establishments.get(plan.key)!,
        professionCode: plan.professionCode,
        startDate: day(now, plan.start),
        endDate: day(now, plan.start + plan.length),
        requestedCount: plan.requestedCount,
        needsWeekend: plan.needsWeekend,
        needsIcuExperience: plan.icu,
        vaccinationSupport: plan.vaccination ?? false,
        details: plan.vaccination ? 'Renfort pour le centre de vaccination éphémère.' : null,
      },
    });
    missionIds.push(mission.id);
  }

  // On the first Occitanie mission: one volunteer validated (POURVUE 1/3) and one contacted.
  const nurses = await prisma.professional.findMany({
    where: { regionCode: '76', professionCode: 'NURSE', available: true, user: { email: { not: DEMO_ACCOUNTS.volunteer } } },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: 2,
  });
  const [assigned, contacted] = nurses;
  const first = missionIds[0]!;
  // Through the one writer of statuses (SPEC §10), as the establishment's clicks would: contacted two
  // days ago and validated yesterday; the other contacted now.
  const validator = { id: validatorId };
  const on = (professionalId: string) => ({ create: { missionId: first, professionalId } });
  if (assigned) {
    await prisma.$transaction(async (tx) => {
      const contact = await changeCandidacyStatus(tx, { candidacy: on(assigned.id), to: 'CONTACTED', actor: validator, now: day(now, -2) });
      await changeCandidacyStatus(tx, { candidacy: contact, to: 'ASSIGNED', actor: validator, now: day(now, -1) });
      await tx.mission.update({ where: { id: first }, data: { filledCount: 1, firstAssignedAt: day(now, -1) } });
    });
  }
  if (contacted) {
    await prisma.$transaction((tx) => changeCandidacyStatus(tx, { candidacy: on(contacted.id), to: 'CONTACTED', actor: validator, now }));
  }
}

async function seedAccountRequests(prisma: PrismaClient): Promise<void> {
  await prisma.accountRequest.createMany({
    data: [
      {
        email: 'direction@ehpad-les-cypres.test',
        firstName: 'Nadia',
        lastName: 'Benali',
        phone: '0561000000',
        category: 'SOCIAL_ACCOMMODATION_ASSISTANCE',
        finess: makeFiness('31', 200300),
        establishmentName: 'EHPAD Les Cyprès',
        address: '4 rue des Cyprès',
        postalCode: '31200',
        city: 'Toulouse',
        regionCode: '76',
        missions: [],
        noImmediateNeed: true,
      },
      {
        email: 'rh@clinique-saint-maur.test',
        firstName: 'Yann',
        lastName: 'Le Gall',
        phone: '0143000000',
        category: 'OTHER_HEALTH',
        finess: makeFiness('94', 300400),
        establishmentName: 'Clinique de Saint-Maur',
        address: '1 avenue de la République',
        postalCode: '94100',
        city: 'Saint-Maur-des-Fossés',
        regionCode: '11',
        missions: [],
        noImmediateNeed: true,
      },
    ],
  });
}

async function seedRppsRecord(prisma: PrismaClient, establishmentId: string, now: Date): Promise<void> {
  const [{ nextval }] = await prisma.$queryRaw<{ nextval: bigint }[]>`SELECT nextval('rpps_number_seq')`;
  const [{ seq }] = await prisma.$queryRaw<{ seq: bigint }[]>`SELECT nextval('rpps_request_number_seq') AS seq`;
  const record = await prisma.rppsRecord.create({
    data: {
      rppsNumber: generateRppsNumber(nextval),
      civility: 'MRS',
      sex: 'FEMALE',
      birthLastName: 'Roussel',
      firstNames: 'Anne Marie',
      birthDate: new Date(Date.UTC(1985, 3, 12)),
      birthCountry: 'FR',
      birthCommuneCode: '31555',
      birthCommuneName: 'Toulouse',
      email: 'anne.roussel@exemple.test',
      practiceLastName: 'Roussel',
      practiceFirstName: 'Anne',
      situations: {
        create: { establishmentId, professionCode: 'CARE_ASSISTANT', role: 'Aide-soignante', practiceMode: 'EMPLOYEE', startDate: day(now, -400) },
      },
    },
  });
  const date = toIsoDay(now).replace(/-/g, '');
  await prisma.rppsRequest.create({
    data: {
      number: `P${date}${String(seq).padStart(6, '0')}`,
      procedure: 'INITIAL_REGISTRATION',
      status: 'RPPS_VALIDATED',
      establishmentId,
      recordId: record.id,
      currentStep: 5,
      meetingConfirmed: true,
      submittedAt: now,
      decidedAt: now,
    },
  });
}
