/** @jest-environment node */
import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { ALREADY_TAKEN } from '@/lib/candidacies/contact';
import { contactCandidateAction, refuseCandidaciesAction, validateCandidaciesAction } from '@/app/(establishment)/etablissement/besoins/[id]/actions';
import { ensureReferenceData } from '../factories';
import { STRANGERS, candidacyOf, choosingSetup, otherEstablishment } from './choosing-support';
import { openRawPool } from './raw-sql-support';

/** Until another connection's statement waits for a lock held by the backend `holder`. */
async function waitUntilBlockedBy(pool: Awaited<ReturnType<typeof openRawPool>>, holder: number): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    const { rows } = await pool.query<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [holder]);
    if (rows[0]!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('nothing ever waited for the archiving transaction');
}

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

beforeAll(ensureReferenceData);
beforeEach(() => {
  mockedGetActor.mockReset();
  jest.mocked(revalidatePath).mockReset();
});

describe('contact, validate and refuse for the mission’s establishment', () => {
  it('contacts, then validates: « Affecté », the mission counts it, the volunteer gets the email', async () => {
    const { mission, owner, colleague, volunteer } = await choosingSetup(2);
    const { professional, user } = await volunteer();
    mockedGetActor.mockResolvedValue(owner);
    const contacted = await contactCandidateAction({ missionId: mission.id, professionalId: professional.id });
    expect(contacted).toEqual({ ok: true, data: { candidacyId: expect.any(String) } });
    expect(await candidacyOf(professional.id)).toMatchObject({ status: 'CONTACTED', missionId: mission.id, contactedById: owner.id });
    expect(revalidatePath).toHaveBeenCalledWith('/etablissement', 'layout');

    // Every account of the FINESS sees and decides the same things (SPEC §2).
    mockedGetActor.mockResolvedValue(colleague);
    expect(await validateCandidaciesAction({ missionId: mission.id, professionalIds: [professional.id] })).toEqual({ ok: true, data: { validated: 1 } });
    expect(await candidacyOf(professional.id)).toMatchObject({ status: 'ASSIGNED', decidedById: colleague.id });
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).filledCount).toBe(1);
    expect(await prisma.emailOutbox.findFirst({ where: { to: user.email } })).toMatchObject({ subject: 'Affectation sur une mission de renfort' });
  });

  it('refuses: the volunteer is free again for everyone, without an email', async () => {
    const { mission, owner, volunteer } = await choosingSetup();
    const { professional, user } = await volunteer();
    mockedGetActor.mockResolvedValue(owner);
    await contactCandidateAction({ missionId: mission.id, professionalId: professional.id });
    expect(await refuseCandidaciesAction({ missionId: mission.id, professionalIds: [professional.id] })).toEqual({ ok: true, data: { refused: 1 } });
    expect(await candidacyOf(professional.id)).toMatchObject({ status: 'REFUSED' });
    expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(0);
    const other = await otherEstablishment();
    mockedGetActor.mockResolvedValue(other.actor);
    expect(await contactCandidateAction({ missionId: other.mission.id, professionalId: professional.id })).toMatchObject({ ok: true });
  });
});

describe('French answers when the world changed or the input is wrong', () => {
  it('tells the establishment that lost the race who has gone, and books nothing for it', async () => {
    const { mission, owner, volunteer } = await choosingSetup();
    const { professional } = await volunteer();
    const other = await otherEstablishment();
    mockedGetActor.mockResolvedValue(other.actor);
    await contactCandidateAction({ missionId: other.mission.id, professionalId: professional.id });
    mockedGetActor.mockResolvedValue(owner);
    expect(await contactCandidateAction({ missionId: mission.id, professionalId: professional.id })).toEqual({ ok: false, formError: ALREADY_TAKEN });
    expect(await prisma.candidacy.count({ where: { professionalId: professional.id, missionId: mission.id } })).toBe(0);
  });

  it('refuses to validate a volunteer who is not « Contacté », or more than the positions left', async () => {
    const { mission, owner, volunteer } = await choosingSetup(1);
    const [a, b] = [await volunteer(), await volunteer()];
    mockedGetActor.mockResolvedValue(owner);
    expect(await validateCandidaciesAction({ missionId: mission.id, professionalIds: [a.professional.id] })).toEqual({
      ok: false,
      formError: 'Seuls les candidats au statut « Contacté » pour cette mission peuvent être validés ou refusés. Actualisez la page.',
    });
    for (const v of [a, b]) await contactCandidateAction({ missionId: mission.id, professionalId: v.professional.id });
    expect(await validateCandidaciesAction({ missionId: mission.id, professionalIds: [a.professional.id, b.professional.id] })).toEqual({
      ok: false,
      formError: 'Cette mission n’a plus que 1 poste(s) à pourvoir : sélectionnez moins de candidats.',
    });
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).filledCount).toBe(0);
  });

  it('refuses to validate on a mission archived since the contact, and still lets the establishment refuse', async () => {
    const { mission, owner, volunteer } = await choosingSetup();
    const { professional } = await volunteer();
    mockedGetActor.mockResolvedValue(owner);
    await contactCandidateAction({ missionId: mission.id, professionalId: professional.id });
    await prisma.mission.update({ where: { id: mission.id }, data: { status: 'ARCHIVED', archivedAt: new Date() } });
    expect(await validateCandidaciesAction({ missionId: mission.id, professionalIds: [professional.id] })).toEqual({
      ok: false,
      formError: 'Cette mission est archivée : ses candidats ne peuvent plus être validés.',
    });
    expect(await candidacyOf(professional.id)).toMatchObject({ status: 'CONTACTED' });
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).filledCount).toBe(0);
    expect(await refuseCandidaciesAction({ missionId: mission.id, professionalIds: [professional.id] })).toEqual({ ok: true, data: { refused: 1 } });
  });

  it('refuses to validate when an archiving commits while the validation waits for the mission’s row', async () => {
    const { mission, owner, volunteer } = await choosingSetup();
    const { professional } = await volunteer();
    mockedGetActor.mockResolvedValue(owner);
    await contactCandidateAction({ missionId: mission.id, professionalId: professional.id });
    const pool = await openRawPool();
    const archiving = await pool.connect();
    try {
      // The archiving holds the mission's row; the validation reads the mission still open, then waits on it.
      const { rows } = await archiving.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await archiving.query('BEGIN');
      await archiving.query(`UPDATE missions SET status = 'ARCHIVED', archived_at = now() WHERE id = $1`, [mission.id]);
      const validating = validateCandidaciesAction({ missionId: mission.id, professionalIds: [professional.id] });
      await waitUntilBlockedBy(pool, rows[0]!.pid);
      await archiving.query('COMMIT');
      expect(await validating).toEqual({ ok: false, formError: 'Cette mission est archivée : ses candidats ne peuvent plus être validés.' });
    } finally {
      archiving.release();
      await pool.end();
    }
    expect(await candidacyOf(professional.id)).toMatchObject({ status: 'CONTACTED' });
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).filledCount).toBe(0);
  });

  it('answers in French to ids that cannot be ids and to an empty selection', async () => {
    const { mission, owner } = await choosingSetup();
    mockedGetActor.mockResolvedValue(owner);
    expect(await contactCandidateAction({ missionId: mission.id, professionalId: 'x' })).toEqual({ ok: false, fieldErrors: { professionalId: 'Élément introuvable.' } });
    expect(await refuseCandidaciesAction({ missionId: mission.id, professionalIds: [] })).toEqual({
      ok: false,
      fieldErrors: { professionalIds: 'Sélectionnez au moins un candidat.' },
    });
  });
});

describe.each(STRANGERS)('%s', (_who, makeActor) => {
  it('gets « Élément introuvable. » from every action, and nothing changes', async () => {
    const { mission, owner, establishment, volunteer } = await choosingSetup();
    const free = await volunteer();
    const held = await volunteer();
    mockedGetActor.mockResolvedValue(owner);
    await contactCandidateAction({ missionId: mission.id, professionalId: held.professional.id });

    jest.mocked(revalidatePath).mockClear();
    mockedGetActor.mockResolvedValue(await makeActor(establishment.id));
    const notFound = { ok: false, formError: NOT_FOUND_ERROR };
    expect(await contactCandidateAction({ missionId: mission.id, professionalId: free.professional.id })).toEqual(notFound);
    expect(await validateCandidaciesAction({ missionId: mission.id, professionalIds: [held.professional.id] })).toEqual(notFound);
    expect(await refuseCandidaciesAction({ missionId: mission.id, professionalIds: [held.professional.id] })).toEqual(notFound);

    expect(await candidacyOf(free.professional.id)).toBeNull();
    expect(await candidacyOf(held.professional.id)).toMatchObject({ status: 'CONTACTED', decidedById: null });
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).filledCount).toBe(0);
    expect(await prisma.emailOutbox.count({ where: { to: held.user.email } })).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
