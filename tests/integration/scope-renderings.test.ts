/** @jest-environment node */
import { randomInt, randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { Role } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/access/actor';
import {
  SCOPED_ENTITIES,
  accountRequestScope,
  auditLogScope,
  candidacyScope,
  decideScope,
  establishmentScope,
  missionScope,
  professionalScope,
  regionScope,
  rppsRecordScope,
  rppsRequestScope,
  volunteerSheetScope,
  type ScopedEntity,
} from '@/lib/access/scope';
import { scopeSql } from '@/lib/access/scope-sql';
import { actorFor, createEstablishment, createMission, createProfessional, createUser, ensureReferenceData, createCandidacy } from '../factories';

// docs/decisions/022: one scope decision, two renderings. For every role (and an ARS of another region,
// an establishment of another FINESS) × every entity, the Prisma where and the SQL condition select
// exactly the same rows of one seeded data set — and the rows expected, written out below, so that both
// renderings being wrong the same way (both empty, say) fails too. Every query is limited to the seeded
// ids: test files run side by side on one database.

type Ids = Record<string, string>;
let ids: Ids;
let actors: Record<string, Actor>;

/** The seeded keys of each entity (a query never looks beyond them). */
const SEEDED: Record<ScopedEntity, string[]> = {
  establishment: ['e76a', 'e76b', 'e11'],
  mission: ['m76a', 'm76b', 'm11'],
  professional: ['v76', 'v11', 'v11Pushed'],
  volunteerSheet: ['v76', 'v11', 'v11Pushed'],
  accountRequest: ['r76', 'r11'],
  candidacy: ['c76a', 'cPushed', 'c11', 'c11OfV76'],
  region: ['76', '11', '84'],
  rppsRequest: ['q76a', 'q76b', 'q11'],
  rppsRecord: ['rec76a', 'rec76b', 'rec11'],
  // Journal rows: their region comes from the audit_log_region_code trigger (a mission's establishment),
  // and a row of no region (an unknown email's failed sign-in) is the CCS's only.
  auditLog: ['a76', 'a11', 'aNational'],
};

/** The seeded keys each actor sees, per entity: the rule of lib/access/scope.ts, written out. */
const EXPECTED: Record<string, Record<ScopedEntity, string[]>> = {
  volunteer76: {
    establishment: [],
    mission: [],
    professional: ['v76'],
    volunteerSheet: ['v76'],
    accountRequest: [],
    candidacy: ['c76a', 'c11OfV76'],
    region: [],
    rppsRequest: [],
    rppsRecord: [],
    auditLog: [],
  },
  establishment76: {
    establishment: ['e76a'],
    mission: ['m76a'],
    professional: [],
    volunteerSheet: [],
    accountRequest: [],
    candidacy: ['c76a', 'cPushed'],
    region: [],
    rppsRequest: [],
    rppsRecord: [],
    auditLog: [],
  },
  establishment11: {
    establishment: ['e11'],
    mission: ['m11'],
    professional: [],
    volunteerSheet: [],
    accountRequest: [],
    candidacy: ['c11', 'c11OfV76'],
    region: [],
    rppsRequest: [],
    rppsRecord: [],
    auditLog: [],
  },
  rppsManager76: {
    establishment: ['e76a'],
    mission: [],
    professional: [],
    volunteerSheet: [],
    accountRequest: [],
    candidacy: [],
    region: [],
    rppsRequest: ['q76a'],
    rppsRecord: ['rec76a'],
    auditLog: [],
  },
  ars76: {
    establishment: ['e76a', 'e76b'],
    mission: ['m76a', 'm76b'],
    professional: ['v76'],
    // v11Pushed chose Île-de-France but holds a candidacy on an Occitanie mission.
    volunteerSheet: ['v76', 'v11Pushed'],
    accountRequest: ['r76'],
    candidacy: ['c76a', 'cPushed'],
    region: ['76'],
    rppsRequest: [],
    rppsRecord: [],
    auditLog: ['a76'],
  },
  ars11: {
    establishment: ['e11'],
    mission: ['m11'],
    professional: ['v11', 'v11Pushed'],
    volunteerSheet: ['v11', 'v11Pushed', 'v76'],
    accountRequest: ['r11'],
    candidacy: ['c11', 'c11OfV76'],
    region: ['11'],
    rppsRequest: [],
    rppsRecord: [],
    auditLog: ['a11'],
  },
  // Every seeded row, but those of the RPPS+ portal.
  ccs: { ...SEEDED, rppsRequest: [], rppsRecord: [] },
};


const seeded = (entity: ScopedEntity) => SEEDED[entity].map((key) => ids[key]);

type Select = (actor: Actor, inSeed: string[]) => Promise<{ id: string }[]>;
const sql = (query: Prisma.Sql) => prisma.$queryRaw<{ id: string }[]>(query);

/** The Prisma rendering of each entity, run on its model. */
const PRISMA: Record<ScopedEntity, Select> = {
  establishment: (a, inSeed) => prisma.establishment.findMany({ where: { AND: [establishmentScope(a), { id: { in: inSeed } }] }, select: { id: true } }),
  mission: (a, inSeed) => prisma.mission.findMany({ where: { AND: [missionScope(a), { id: { in: inSeed } }] }, select: { id: true } }),
  professional: (a, inSeed) => prisma.professional.findMany({ where: { AND: [professionalScope(a), { id: { in: inSeed } }] }, select: { id: true } }),
  volunteerSheet: (a, inSeed) => prisma.professional.findMany({ where: { AND: [volunteerSheetScope(a), { id: { in: inSeed } }] }, select: { id: true } }),
  accountRequest: (a, inSeed) => prisma.accountRequest.findMany({ where: { AND: [accountRequestScope(a), { id: { in: inSeed } }] }, select: { id: true } }),
  candidacy: (a, inSeed) => prisma.candidacy.findMany({ where: { AND: [candidacyScope(a), { id: { in: inSeed } }] }, select: { id: true } }),
  region: async (a, inSeed) =>
    (await prisma.region.findMany({ where: { AND: [regionScope(a), { code: { in: inSeed } }] }, select: { code: true } })).map((r) => ({ id: r.code })),
  rppsRequest: (a, inSeed) => prisma.rppsRequest.findMany({ where: { AND: [rppsRequestScope(a), { id: { in: inSeed } }] }, select: { id: true } }),
  rppsRecord: (a, inSeed) => prisma.rppsRecord.findMany({ where: { AND: [rppsRecordScope(a), { id: { in: inSeed } }] }, select: { id: true } }),
  auditLog: async (a, inSeed) =>
    (await prisma.auditLog.findMany({ where: { AND: [auditLogScope(a), { id: { in: inSeed.map(BigInt) } }] }, select: { id: true } })).map((r) => ({ id: String(r.id) })),
};

/** The SQL rendering of each entity; mission and candidacy both with and without the establishments join. */
const SQL: Record<ScopedEntity, Select[]> = {
  establishment: [(a, s) => sql(Prisma.sql`SELECT e.id FROM establishments e WHERE e.id = ANY(${s}::text[]) AND ${scopeSql(a, 'establishment', { id: 'e.id', regionCode: 'e.region_code' })}`)],
  mission: [
    (a, s) => sql(Prisma.sql`SELECT m.id FROM missions m WHERE m.id = ANY(${s}::text[]) AND ${scopeSql(a, 'mission', { establishmentId: 'm.establishment_id' })}`),
    (a, s) =>
      sql(Prisma.sql`SELECT m.id FROM missions m JOIN establishments e ON e.id = m.establishment_id
        WHERE m.id = ANY(${s}::text[]) AND ${scopeSql(a, 'mission', { establishmentId: 'm.establishment_id', establishmentRegionCode: 'e.region_code' })}`),
  ],
  professional: [(a, s) => sql(Prisma.sql`SELECT p.id FROM professionals p WHERE p.id = ANY(${s}::text[]) AND ${scopeSql(a, 'professional', { id: 'p.id', regionCode: 'p.region_code' })}`)],
  volunteerSheet: [(a, s) => sql(Prisma.sql`SELECT p.id FROM professionals p WHERE p.id = ANY(${s}::text[]) AND ${scopeSql(a, 'volunteerSheet', { id: 'p.id', regionCode: 'p.region_code' })}`)],
  accountRequest: [(a, s) => sql(Prisma.sql`SELECT r.id FROM account_requests r WHERE r.id = ANY(${s}::text[]) AND ${scopeSql(a, 'accountRequest', { regionCode: 'r.region_code' })}`)],
  candidacy: [
    (a, s) =>
      sql(Prisma.sql`SELECT c.id FROM candidacies c JOIN missions m ON m.id = c.mission_id
        WHERE c.id = ANY(${s}::text[]) AND ${scopeSql(a, 'candidacy', { professionalId: 'c.professional_id', establishmentId: 'm.establishment_id' })}`),
    (a, s) =>
      sql(Prisma.sql`SELECT c.id FROM candidacies c JOIN missions m ON m.id = c.mission_id JOIN establishments e ON e.id = m.establishment_id
        WHERE c.id = ANY(${s}::text[])
          AND ${scopeSql(a, 'candidacy', { professionalId: 'c.professional_id', establishmentId: 'm.establishment_id', establishmentRegionCode: 'e.region_code' })}`),
  ],
  region: [(a, s) => sql(Prisma.sql`SELECT r.code AS id FROM regions r WHERE r.code = ANY(${s}::text[]) AND ${scopeSql(a, 'region', { code: 'r.code' })}`)],
  rppsRequest: [(a, s) => sql(Prisma.sql`SELECT q.id FROM rpps_requests q WHERE q.id = ANY(${s}::text[]) AND ${scopeSql(a, 'rppsRequest', { establishmentId: 'q.establishment_id' })}`)],
  rppsRecord: [(a, s) => sql(Prisma.sql`SELECT r.id FROM rpps_records r WHERE r.id = ANY(${s}::text[]) AND ${scopeSql(a, 'rppsRecord', { id: 'r.id' })}`)],
  auditLog: [(a, s) => sql(Prisma.sql`SELECT l.id::text AS id FROM audit_log l WHERE l.id = ANY(${s}::bigint[]) AND ${scopeSql(a, 'auditLog', { regionCode: 'l.region_code' })}`)],
};

function rppsRecord(establishmentId: string, endDate: Date | null) {
  return prisma.rppsRecord.create({
    data: {
      rppsNumber: `1${String(randomInt(0, 9_999_999_999)).padStart(10, '0')}`,
      civility: 'MRS',
      sex: 'FEMALE',
      birthLastName: `Portée-${randomUUID()}`, // one person per record: the identity is unique (issue 10 §3)
      firstNames: 'Anne',
      birthDate: new Date(Date.UTC(1980, 0, 1)),
      birthCountry: 'FR',
      birthCommuneName: 'Toulouse',
      email: 'anne@portee.test',
      practiceLastName: 'Portée',
      practiceFirstName: 'Anne',
      situations: { create: { establishmentId, professionCode: 'NURSE', role: 'COORDINATION', startDate: new Date(Date.UTC(2020, 0, 1)), endDate } },
    },
  });
}

function rppsRequest(establishmentId: string) {
  return prisma.rppsRequest.create({
    data: { number: `P20261205${randomInt(100_000_000, 999_999_999)}`, procedure: 'INITIAL_REGISTRATION', status: 'REGISTRATION_IN_PROGRESS', establishmentId },
  });
}

function accountRequest(regionCode: string) {
  return prisma.accountRequest.create({
    data: {
      email: `portee-${randomUUID().slice(0, 8)}@requests.renfort.test`,
      firstName: 'Claire',
      lastName: 'Martin',
      phone: '05 61 00 00 00',
      category: 'HOSPITAL_LAW',
      gid: `G${randomUUID().slice(0, 8)}`,
      establishmentName: 'EHPAD de portée',
      address: '4 rue des Tilleuls',
      postalCode: '31200',
      city: 'Toulouse',
      regionCode,
    },
  });
}

beforeAll(async () => {
  await ensureReferenceData();
  const [e76a, e76b, e11] = [await createEstablishment('76'), await createEstablishment('76'), await createEstablishment('11')];
  const [m76a, m76b, m11] = [await createMission(e76a.id), await createMission(e76b.id), await createMission(e11.id)];
  const v76 = await createProfessional({ regionCode: '76' });
  const v11 = await createProfessional({ regionCode: '11' });
  const v11Pushed = await createProfessional({ regionCode: '11' });
  const candidacy = (professionalId: string, missionId: string, status: 'ASSIGNED' | 'PROPOSED' | 'CONTACTED' | 'REFUSED') =>
    createCandidacy({ professionalId, missionId, status, proposedAt: new Date(), decidedAt: new Date() });
  const c76a = await candidacy(v76.professional.id, m76a.id, 'ASSIGNED');
  const cPushed = await candidacy(v11Pushed.professional.id, m76a.id, 'PROPOSED');
  const c11 = await candidacy(v11.professional.id, m11.id, 'CONTACTED');
  const c11OfV76 = await candidacy(v76.professional.id, m11.id, 'REFUSED');
  const [r76, r11] = [await accountRequest('76'), await accountRequest('11')];
  const [q76a, q76b, q11] = [await rppsRequest(e76a.id), await rppsRequest(e76b.id), await rppsRequest(e11.id)];
  // A closed situation still puts the record in scope (SPEC §8: the manager sees the history).
  const [rec76a, rec76b, rec11] = [await rppsRecord(e76a.id, new Date(Date.UTC(2021, 0, 1))), await rppsRecord(e76b.id, null), await rppsRecord(e11.id, null)];
  const audit = (entityType: string, entityId: string) => prisma.auditLog.create({ data: { actorId: null, action: 'scope.test', entityType, entityId } });
  const [a76, a11, aNational] = [await audit('Mission', m76a.id), await audit('Mission', m11.id), await audit('User', randomUUID())];
  ids = {
    a76: String(a76.id),
    a11: String(a11.id),
    aNational: String(aNational.id),
    ...Object.fromEntries(Object.entries({ e76a, e76b, e11, m76a, m76b, m11, c76a, cPushed, c11, c11OfV76, r76, r11, q76a, q76b, q11, rec76a, rec76b, rec11 }).map(([k, row]) => [k, row.id])),
    v76: v76.professional.id,
    v11: v11.professional.id,
    v11Pushed: v11Pushed.professional.id,
    76: '76',
    11: '11',
    84: '84',
  };
  actors = {
    volunteer76: await actorFor(v76.user.id),
    establishment76: await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [e76a.id] })).id),
    establishment11: await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [e11.id] })).id),
    rppsManager76: await actorFor((await createUser('RPPS_MANAGER', { establishmentIds: [e76a.id] })).id),
    ars76: await actorFor((await createUser('ARS', { regionCode: '76' })).id),
    ars11: await actorFor((await createUser('ARS', { regionCode: '11' })).id),
    ccs: await actorFor((await createUser('CCS')).id),
  };
});

const sorted = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
const keysOf = (found: string[]) => found.map((id) => Object.keys(ids).find((key) => ids[key] === id) ?? id).sort();

describe('scope renderings (docs/decisions/022)', () => {
  it('covers every role and every entity the scope module knows', () => {
    expect(Object.values(actors).map((actor) => actor.role).sort()).toEqual(expect.arrayContaining(Object.values(Role)));
    for (const expected of Object.values(EXPECTED)) expect(Object.keys(expected).sort()).toEqual([...SCOPED_ENTITIES].sort());
    expect(Object.keys(PRISMA).sort()).toEqual([...SCOPED_ENTITIES].sort());
    expect(Object.keys(SQL).sort()).toEqual([...SCOPED_ENTITIES].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(actors).sort());
  });

  it.each(SCOPED_ENTITIES)('selects the same %s rows in Prisma and in SQL, the expected ones, for every actor', async (entity) => {
    for (const [name, actor] of Object.entries(actors)) {
      const byPrisma = sorted(await PRISMA[entity](actor, seeded(entity)));
      expect({ actor: name, entity, rows: keysOf(byPrisma) }).toEqual({ actor: name, entity, rows: [...EXPECTED[name][entity]].sort() });
      for (const [variant, render] of SQL[entity].entries()) {
        expect({ actor: name, entity, variant, rows: sorted(await render(actor, seeded(entity))) }).toEqual({ actor: name, entity, variant, rows: byPrisma });
      }
    }
  });

  it('fails closed: an unknown role, an ARS without a region, a volunteer without a record see nothing', async () => {
    const ccs = actors.ccs;
    const strangers: Actor[] = [
      { ...ccs, role: 'GUEST' as Role },
      { ...ccs, role: 'constructor' as Role },
      { ...actors.ars76, regionCode: null },
      { ...actors.volunteer76, professionalId: null },
    ];
    for (const stranger of strangers) {
      for (const entity of SCOPED_ENTITIES) {
        expect(decideScope(stranger, entity)).toEqual({ kind: 'none' });
        expect(await PRISMA[entity](stranger, seeded(entity))).toEqual([]);
        for (const render of SQL[entity]) expect(await render(stranger, seeded(entity))).toEqual([]);
      }
    }
    expect(SCOPED_ENTITIES.map((entity) => decideScope(null, entity).kind)).toEqual(SCOPED_ENTITIES.map(() => 'none'));
  });
});
