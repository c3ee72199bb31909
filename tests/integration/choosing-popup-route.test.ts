/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { GET } from '@/app/api/missions/[missionId]/candidates/[professionalId]/route';
import { getActor } from '@/lib/auth/session';
import { contactCandidate } from '@/lib/candidacies/contact';
import { ensureReferenceData } from '../factories';
import { STRANGERS, choosingSetup, otherEstablishment } from './choosing-support';

// The popup of a map marker (SPEC §6.4): Nom, Prénom, Profession, Mobilité of a volunteer who is in the
// mission's candidate search for this actor — and 404 for anything else, so ids cannot be probed.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

function call(missionId: string, professionalId: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/missions/${missionId}/candidates/${professionalId}`), {
    params: Promise.resolve({ missionId, professionalId }),
  });
}

beforeAll(ensureReferenceData);
beforeEach(() => mockedGetActor.mockReset());

describe('GET /api/missions/[missionId]/candidates/[professionalId]', () => {
  it('answers the popup of a candidate to the mission’s establishment, never cached', async () => {
    const { mission, owner, volunteer } = await choosingSetup();
    const { professional, user } = await volunteer();
    mockedGetActor.mockResolvedValue(owner);
    const response = await call(mission.id, professional.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect(await response.json()).toEqual({
      id: professional.id,
      lastName: user.lastName,
      firstName: user.firstName,
      professionLabel: 'Diététicien',
      mobilisationLabel: 'Départementale',
      status: 'DISPONIBLE',
      assignedUntil: null,
    });
    // Still there once contacted by this mission, with its new status.
    await contactCandidate(owner, { missionId: mission.id, professionalId: professional.id });
    expect(await (await call(mission.id, professional.id)).json()).toMatchObject({ status: 'CONTACTED' });
  });

  it('answers 404 for a volunteer outside the mission’s search', async () => {
    const { mission, owner, volunteer } = await choosingSetup();
    const otherRegion = await volunteer({ regionCode: '11' });
    const otherProfession = await volunteer({ professionCode: 'NURSE' });
    const reservedElsewhere = await volunteer();
    const other = await otherEstablishment();
    await contactCandidate(other.actor, { missionId: other.mission.id, professionalId: reservedElsewhere.professional.id });
    mockedGetActor.mockResolvedValue(owner);
    for (const id of [otherRegion.professional.id, otherProfession.professional.id, reservedElsewhere.professional.id, randomUUID(), 'pas-un-id']) {
      expect((await call(mission.id, id)).status).toBe(404);
    }
    // …and for a mission that is not the actor's, or not one at all.
    const own = await volunteer();
    expect((await call(other.mission.id, own.professional.id)).status).toBe(404);
    expect((await call(randomUUID(), own.professional.id)).status).toBe(404);
    expect((await call('pas-un-id', own.professional.id)).status).toBe(404);
  });

  it.each(STRANGERS)('answers 404 to %s', async (_who, makeActor) => {
    const { mission, establishment, volunteer } = await choosingSetup();
    const { professional } = await volunteer();
    mockedGetActor.mockResolvedValue(await makeActor(establishment.id));
    const response = await call(mission.id, professional.id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Candidat introuvable.' });
  });
});
