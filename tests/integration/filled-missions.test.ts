/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { GENERIC_ERROR, NOT_FOUND_ERROR } from '@/lib/actions/result';
import { listMissionCandidacies } from '@/lib/candidacies/mission-follow-up';
import { getMissionForChoosing } from '@/lib/candidates/mission-search';
import { contactCandidateAction, refuseRemainingContactedAction, validateCandidaciesAction } from '@/app/(establishment)/etablissement/besoins/[id]/actions';
import { ensureReferenceData } from '../factories';
import { REGION, STRANGERS, candidacyOf, choosingSetup, otherEstablishment } from './choosing-support';

// The page of a filled or archived mission (SPEC §6.2): what it lists, « Refuser les autres contactés »
// (every remaining « Contacté » refused in one transaction, the volunteers free again), and who may do it.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

const HOUR = 3_600_000;

beforeAll(ensureReferenceData);
beforeEach(() => {
  mockedGetActor.mockReset();
  jest.mocked(revalidatePath).mockReset();
});

/** A mission asking for one volunteer, three contacted, the first validated: filled, two still « Contacté ». */
async function filledMission() {
  const setup = await choosingSetup(1);
  const volunteers = [await setup.volunteer(), await setup.volunteer(), await setup.volunteer()];
  mockedGetActor.mockResolvedValue(setup.owner);
  for (const { professional } of volunteers) {
    expect(await contactCandidateAction({ missionId: setup.mission.id, professionalId: professional.id })).toMatchObject({ ok: true });
  }
  const [assigned, ...contacted] = volunteers.map((v) => v.professional.id) as [string, string, string];
  expect(await validateCandidaciesAction({ missionId: setup.mission.id, professionalIds: [assigned] })).toEqual({ ok: true, data: { validated: 1 } });
  jest.mocked(revalidatePath).mockClear();
  return { ...setup, assigned, contacted };
}

async function statuses(professionalIds: string[]) {
  return Promise.all(professionalIds.map(async (id) => (await candidacyOf(id))?.status));
}

describe('the page of a filled mission', () => {
  it('lists the volunteers still « Contacté », reservation ending first, then the « Affecté » one', async () => {
    const { mission, owner, colleague, assigned, contacted } = await filledMission();
    const found = await getMissionForChoosing(owner, mission.id);
    expect(found).toMatchObject({ status: 'OPEN', filledCount: 1, requestedCount: 1 });

    const { reservationDelayHours } = await prisma.region.findUniqueOrThrow({ where: { code: REGION } });
    for (const actor of [owner, colleague]) {
      const rows = await listMissionCandidacies(actor, mission.id);
      expect(rows.map((row) => [row.professionalId, row.status])).toEqual([
        [contacted[0], 'CONTACTED'],
        [contacted[1], 'CONTACTED'],
        [assigned, 'ASSIGNED'],
      ]);
      // The deadline the expiry job applies: the contact plus the region's delay.
      for (const row of rows.slice(0, 2)) expect(row.reservedUntil).toEqual(new Date(row.contactedAt!.getTime() + reservationDelayHours * HOUR));
      expect(rows[2]!.reservedUntil).toBeNull();
      expect(rows[0]).toMatchObject({ professionCode: 'DIETITIAN', phone: expect.any(String), lastName: expect.stringMatching(/^Choix/) });
    }
  });

  it.each(STRANGERS.filter(([who]) => who !== 'no session'))('lists nothing to %s', async (_who, makeActor) => {
    const { mission, establishment } = await filledMission();
    const stranger = (await makeActor(establishment.id))!;
    expect(await listMissionCandidacies(stranger, mission.id)).toEqual([]);
  });

  it('is not found for another FINESS, whether filled or archived', async () => {
    const { mission } = await filledMission();
    const other = await otherEstablishment();
    expect(await getMissionForChoosing(other.actor, mission.id)).toBeNull();
    await prisma.mission.update({ where: { id: mission.id }, data: { status: 'ARCHIVED', archivedAt: new Date() } });
    expect(await getMissionForChoosing(other.actor, mission.id)).toBeNull();
  });
});

describe('the page of an archived mission', () => {
  it('stays readable by the accounts of the FINESS: its assignments and the history of every candidacy', async () => {
    const { mission, owner, colleague, assigned, contacted } = await filledMission();
    mockedGetActor.mockResolvedValue(owner);
    await refuseRemainingContactedAction({ missionId: mission.id });
    await prisma.mission.update({ where: { id: mission.id }, data: { status: 'ARCHIVED', archivedAt: new Date() } });
    expect(await getMissionForChoosing(colleague, mission.id)).toMatchObject({ id: mission.id, status: 'ARCHIVED' });
    const rows = await listMissionCandidacies(colleague, mission.id);
    // « Affecté » first, then the others, newest first (two refused in one click: in either order).
    expect([rows[0]!.professionalId, rows[0]!.status]).toEqual([assigned, 'ASSIGNED']);
    expect(rows.slice(1).map((row) => [row.professionalId, row.status]).sort()).toEqual(contacted.map((id) => [id, 'REFUSED']).sort());
    expect(rows.every((row) => row.contactedAt !== null && row.decidedAt !== null && row.reservedUntil === null)).toBe(true);
  });
});

describe('« Refuser les autres contactés »', () => {
  it('refuses every remaining « Contacté » at once: audited, no email, and the volunteers are free for everyone again', async () => {
    const { mission, colleague, assigned, contacted } = await filledMission();
    mockedGetActor.mockResolvedValue(colleague);
    expect(await refuseRemainingContactedAction({ missionId: mission.id })).toEqual({ ok: true, data: { refused: 2 } });
    expect(revalidatePath).toHaveBeenCalledWith('/etablissement', 'layout');
    expect(await statuses([assigned, ...contacted])).toEqual(['ASSIGNED', 'REFUSED', 'REFUSED']);
    for (const id of contacted) {
      const candidacy = (await candidacyOf(id))!;
      expect(candidacy.decidedById).toBe(colleague.id);
      expect(await prisma.auditLog.count({ where: { entityId: candidacy.id, action: 'candidacy.refuse', actorId: colleague.id } })).toBe(1);
    }
    const reserved = await prisma.$queryRaw<{ reserved: boolean }[]>`SELECT reserved FROM professionals WHERE id = ANY(${contacted}::text[])`;
    expect(reserved).toEqual([{ reserved: false }, { reserved: false }]);
    // « Disponible » again: another establishment may contact them.
    const other = await otherEstablishment();
    mockedGetActor.mockResolvedValue(other.actor);
    expect(await contactCandidateAction({ missionId: other.mission.id, professionalId: contacted[0] })).toMatchObject({ ok: true });

    // A second click (or a colleague's) finds nobody left, and says so without failing.
    mockedGetActor.mockResolvedValue(colleague);
    expect(await refuseRemainingContactedAction({ missionId: mission.id })).toEqual({ ok: true, data: { refused: 0 } });
  });

  it('is all or nothing: when one refusal fails, every volunteer stays « Contacté »', async () => {
    const { mission, owner, contacted } = await filledMission();
    const second = (await candidacyOf(contacted[1]))!;
    // The database refuses the second refusal, after the first one was written in the same transaction.
    const name = `filled_test_refusal_${randomUUID().replace(/-/g, '')}`;
    await prisma.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE UPDATE ON candidacies FOR EACH ROW WHEN (OLD.id = '${second.id}' AND NEW.status = 'REFUSED') EXECUTE FUNCTION ${name}()`,
    );
    // The wrapper logs the unexpected error for the operators: expected here, kept out of the report.
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      mockedGetActor.mockResolvedValue(owner);
      expect(await refuseRemainingContactedAction({ missionId: mission.id })).toEqual({ ok: false, formError: GENERIC_ERROR });
      expect(logged).toHaveBeenCalledWith('[action] unexpected error', expect.anything());
    } finally {
      logged.mockRestore();
      await prisma.$executeRawUnsafe(`DROP TRIGGER ${name} ON candidacies`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    }
    expect(await statuses(contacted)).toEqual(['CONTACTED', 'CONTACTED']);
    const ids = (await Promise.all(contacted.map(candidacyOf))).map((c) => c!.id);
    expect(await prisma.auditLog.count({ where: { entityId: { in: ids }, action: 'candidacy.refuse' } })).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('is refused in French while positions remain, and on an archived mission', async () => {
    const { mission, owner, volunteer } = await choosingSetup(2);
    const { professional } = await volunteer();
    mockedGetActor.mockResolvedValue(owner);
    await contactCandidateAction({ missionId: mission.id, professionalId: professional.id });
    expect(await refuseRemainingContactedAction({ missionId: mission.id })).toEqual({
      ok: false,
      formError: 'Cette mission n’est pas encore pourvue : cochez les candidats à refuser dans le tableau.',
    });
    await prisma.mission.update({ where: { id: mission.id }, data: { status: 'ARCHIVED', archivedAt: new Date() } });
    expect(await refuseRemainingContactedAction({ missionId: mission.id })).toEqual({
      ok: false,
      formError: 'Cette mission est archivée : ses réservations prennent fin d’elles-mêmes.',
    });
    expect((await candidacyOf(professional.id))?.status).toBe('CONTACTED');
  });

  it('answers in French to a mission id that cannot be one', async () => {
    mockedGetActor.mockResolvedValue((await choosingSetup()).owner);
    expect(await refuseRemainingContactedAction({ missionId: 'x' })).toEqual({ ok: false, fieldErrors: { missionId: 'Élément introuvable.' } });
  });
});

describe.each(STRANGERS)('%s', (_who, makeActor) => {
  it('gets « Élément introuvable. » from « Refuser les autres contactés », and nothing changes', async () => {
    const { mission, establishment, contacted } = await filledMission();
    mockedGetActor.mockResolvedValue(await makeActor(establishment.id));
    expect(await refuseRemainingContactedAction({ missionId: mission.id })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    expect(await statuses(contacted)).toEqual(['CONTACTED', 'CONTACTED']);
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
