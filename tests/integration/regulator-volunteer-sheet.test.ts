/** @jest-environment node */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { GET } from '@/app/api/documents/[id]/route';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { disconnectPrisma } from '@/lib/db';
import { getProposerView } from '@/lib/candidates/proposer';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { getDocumentForDownload, saveProfessionalDocument } from '@/lib/professionals/documents';
import { getVolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { releaseReservation } from '@/lib/candidacies/release';
import { withdrawProposal } from '@/lib/candidacies/propose';
import { NotFoundError } from '@/lib/errors';
import { openNationalPool } from '@/lib/regulation/alerts';
import { withFileTransaction } from '@/lib/storage/file-transaction';
import { createCandidacy, createEstablishment, ensureReferenceData } from '../factories';
import { actorOf, regionFixture, type RegionFixture } from './regulation-support';
import { localUploadsEnvironment } from './uploads-environment';

// The regulators' volunteer sheet (`/ars|ccs/benevoles/[id]`, SPEC §7.2) and its documents, against the
// real database: who may open it (volunteerSheetScope, or a « Proposer » pool through its mission,
// lib/candidates/access.ts) and which candidacies it lists (those of the actor's mission scope). The
// route handler of the downloads runs too; only its session is replaced (next-auth needs a request scope
// that Jest lacks), as in documents-route.test.ts. Normandie (28) and Hauts-de-France (32) hold the
// missions, by id; the national-pool volunteers chose Mayotte (06), as in regulation-missions.test.ts.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);
localUploadsEnvironment('regulator-sheet-');

const REGION = '28';
const OTHER = '32';
const FAR = '06';
const PROFESSION = 'MEDICAL_SECRETARY';
const PNG = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/uploads/sample.png')));

let ccs: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  ccs = await actorOf('CCS');
});

afterAll(async () => {
  await disconnectPrisma();
});

/** A volunteer's diploma, in the store the route reads (UPLOADS_DIR). */
async function diplomaOf(professionalId: string): Promise<string> {
  const result = await withFileTransaction((tx) => saveProfessionalDocument(tx, { professionalId, kind: 'DIPLOMA', bytes: PNG, originalName: 'diplome.png' }));
  if (!result.ok) throw new Error(result.message);
  return result.document.id;
}

function download(documentId: string, missionId?: string): Promise<Response> {
  const query = missionId ? `?mission=${missionId}` : '';
  return GET(new Request(`http://localhost/api/documents/${documentId}${query}`), { params: Promise.resolve({ id: documentId }) });
}

describe('a national-pool volunteer of another region, offered by « Proposer »', () => {
  let fixture: RegionFixture;
  let other: RegionFixture;
  let national: string;
  let documentId: string;
  const sheet = (actor: Actor, missionId: string | null) => getVolunteerSheet(actor, national, new Date(), missionId);
  const document = (actor: Actor, missionId: string | null) => getDocumentForDownload(actor, documentId, { missionId });

  beforeEach(async () => {
    fixture = await regionFixture(REGION, PROFESSION);
    other = await regionFixture(OTHER, PROFESSION);
    // Of Mayotte, « Nationale », no candidacy anywhere: volunteerSheetScope does not let any ARS but Mayotte's in.
    national = (await fixture.volunteer({ regionCode: FAR, record: { mobilisation: 'NATIONAL' } })).professional.id;
    documentId = await diplomaOf(national);
  });

  it('is opened by the ARS through a mission of its region whose national pool the CCS opened, documents included', async () => {
    await openNationalPool(ccs, { missionId: fixture.missionId });
    const offered = await getProposerView(fixture.ars, fixture.missionId, parseCandidateQuery({ lastName: fixture.lastName }));
    expect(offered!.result.rows.map((row) => row.id)).toContain(national);

    expect(await sheet(fixture.ars, fixture.missionId)).toMatchObject({ sheet: { id: national, status: 'DISPONIBLE' }, regionCode: FAR, candidacies: [], missionId: fixture.missionId });
    expect(await document(fixture.ars, fixture.missionId)).toMatchObject({ id: documentId, professionalId: national });
    mockedGetActor.mockResolvedValue(fixture.ars);
    const response = await download(documentId, fixture.missionId);
    expect(response.status).toBe(200);
    expect(Array.from(new Uint8Array(await response.arrayBuffer()))).toEqual(Array.from(PNG));

    // The plain URL stays what it was: out of the ARS's scope, « not found ».
    expect(await sheet(fixture.ars, null)).toBeNull();
    expect(await document(fixture.ars, null)).toBeNull();
    expect((await download(documentId)).status).toBe(404);
    // A malformed mission is no mission.
    expect(await sheet(fixture.ars, 'not-a-uuid')).toBeNull();
  });

  it('is not opened through its own mission before the national pool opens, nor through a mission of another region', async () => {
    expect(await sheet(fixture.ars, fixture.missionId)).toBeNull();
    expect(await document(fixture.ars, fixture.missionId)).toBeNull();

    // The other region's mission offers the volunteer to its own ARS, never to this one.
    await openNationalPool(ccs, { missionId: other.missionId });
    expect(await sheet(other.ars, other.missionId)).toMatchObject({ sheet: { id: national }, missionId: other.missionId });
    expect(await document(other.ars, other.missionId)).not.toBeNull();
    expect(await sheet(fixture.ars, other.missionId)).toBeNull();
    expect(await document(fixture.ars, other.missionId)).toBeNull();
    mockedGetActor.mockResolvedValue(fixture.ars);
    expect((await download(documentId, other.missionId)).status).toBe(404);
  });

  it('gives the other roles nothing, whatever mission they name', async () => {
    await openNationalPool(ccs, { missionId: fixture.missionId });
    expect(await sheet(fixture.ars, fixture.missionId)).not.toBeNull();
    // An establishment account without missions: its own rule (the candidate sheet's) does not let it in.
    const elsewhere = await createEstablishment(REGION);
    const strangers: [string, Actor][] = [
      ['a volunteer', await actorOf('PROFESSIONAL')],
      ['an establishment account of the mission’s FINESS', fixture.establishmentAccount],
      ['an establishment account without missions', await actorOf('ESTABLISHMENT', { establishmentIds: [elsewhere.id] })],
      ['an RPPS+ manager of the mission’s FINESS', await actorOf('RPPS_MANAGER', { establishmentIds: [fixture.establishmentId] })],
    ];
    for (const [who, actor] of strangers) {
      expect([who, await sheet(actor, fixture.missionId)]).toEqual([who, null]);
      if (actor.role !== 'ESTABLISHMENT' || actor.establishmentIds[0] === elsewhere.id) {
        expect([who, await document(actor, fixture.missionId)]).toEqual([who, null]);
      }
    }
  });
});

/** A volunteer of REGION, refused on its region's mission (`here`) and contacted on OTHER's (`there`). */
async function refusedHereContactedThere() {
  const fixture = await regionFixture(REGION, PROFESSION);
  const other = await regionFixture(OTHER, PROFESSION);
  const volunteer = (await fixture.volunteer()).professional.id;
  const here = await createCandidacy({ professionalId: volunteer, missionId: fixture.missionId, status: 'REFUSED', decidedAt: new Date() });
  const there = await createCandidacy({ professionalId: volunteer, missionId: other.missionId, status: 'CONTACTED', contactedAt: new Date() });
  return { fixture, other, volunteer, here, there };
}

describe('the candidacies the sheet lists', () => {
  it('are those on the missions of the actor’s scope: an ARS its region’s, the CCS all; the status still reads them all', async () => {
    const { fixture, other, volunteer, here, there } = await refusedHereContactedThere();
    const listed = async (actor: Actor) => (await getVolunteerSheet(actor, volunteer))!.candidacies.map((c) => c.id).sort();

    expect(await listed(fixture.ars)).toEqual([here.id]);
    expect(await listed(other.ars)).toEqual([there.id]);
    expect(await listed(ccs)).toEqual([here.id, there.id].sort());
    // « Contacté » elsewhere is « Contacté » here too, though that candidacy is not listed.
    expect((await getVolunteerSheet(fixture.ars, volunteer))!.sheet.status).toBe('CONTACTED');
  });
});

describe('« Libérer » on the sheet (docs/decisions/043)', () => {
  it('is offered on a « Contacté » of the actor’s scope, which releaseReservation accepts; an ARS that does not list it may not release it', async () => {
    const { fixture, other, volunteer, here: refused, there: held } = await refusedHereContactedThere();
    const releasable = async (actor: Actor) => (await getVolunteerSheet(actor, volunteer))!.candidacies.filter((c) => c.releasable).map((c) => c.id);

    expect(await releasable(other.ars)).toEqual([held.id]);
    expect(await releasable(ccs)).toEqual([held.id]);
    // The volunteer's own ARS lists its region's refusal only: nothing to release, and the server agrees.
    expect(await releasable(fixture.ars)).toEqual([]);
    await expect(releaseReservation(fixture.ars, { candidacyId: held.id })).rejects.toBeInstanceOf(NotFoundError);

    await releaseReservation(other.ars, { candidacyId: held.id });
    expect((await getVolunteerSheet(other.ars, volunteer))!.candidacies).toEqual([expect.objectContaining({ id: held.id, status: 'REFUSED', releasable: false })]);
    expect((await getVolunteerSheet(ccs, volunteer))!.candidacies.map((c) => [c.id, c.releasable]).sort()).toEqual([[held.id, false], [refused.id, false]].sort());
  });
});

describe('« Retirer » on the sheet', () => {
  it('is offered on a proposal of the actor’s scope, which withdrawProposal accepts; an ARS that does not list it may not withdraw it', async () => {
    const fixture = await regionFixture(REGION, PROFESSION);
    const other = await regionFixture(OTHER, PROFESSION);
    const volunteer = (await fixture.volunteer()).professional.id;
    const proposal = await createCandidacy({ professionalId: volunteer, missionId: other.missionId, status: 'PROPOSED', proposedAt: new Date() });
    const withdrawable = async (actor: Actor) => (await getVolunteerSheet(actor, volunteer))!.candidacies.filter((c) => c.withdrawable).map((c) => c.id);

    expect(await withdrawable(other.ars)).toEqual([proposal.id]);
    expect(await withdrawable(ccs)).toEqual([proposal.id]);
    expect(await withdrawable(fixture.ars)).toEqual([]);
    await expect(withdrawProposal(fixture.ars, { candidacyId: proposal.id })).rejects.toBeInstanceOf(NotFoundError);

    await withdrawProposal(other.ars, { candidacyId: proposal.id });
    expect((await getVolunteerSheet(other.ars, volunteer))!.candidacies).toEqual([expect.objectContaining({ id: proposal.id, status: 'WITHDRAWN', withdrawable: false, releasable: false })]);
  });
});

describe('the account the sheet offers to administer (SPEC §2: an ARS administers its region’s volunteers)', () => {
  it('is there for the ARS of the volunteer’s region and the CCS, not for an ARS that sees them through a mission', async () => {
    const fixture = await regionFixture(REGION, PROFESSION);
    const other = await regionFixture(OTHER, PROFESSION);
    const { professional, user } = await fixture.volunteer();
    await createCandidacy({ professionalId: professional.id, missionId: other.missionId, status: 'REFUSED', decidedAt: new Date() });
    const account = async (actor: Actor) => (await getVolunteerSheet(actor, professional.id))!.account;

    expect(await account(fixture.ars)).toEqual({ userId: user.id, status: 'ACTIVE', disabledReason: null, disabledAt: null });
    expect(await account(ccs)).toMatchObject({ userId: user.id, status: 'ACTIVE' });
    // The other region's ARS opens the sheet (a candidacy on its mission) but does not administer the account.
    expect(await getVolunteerSheet(other.ars, professional.id)).not.toBeNull();
    expect(await account(other.ars)).toBeNull();
  });
});
