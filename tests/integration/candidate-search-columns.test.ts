/** @jest-environment node */
import { prisma } from '@/lib/db';
import { createProfessional } from '../factories';

// The values the candidate search reads from its index instead of computing them per row (migration
// 20261207020000, decision 037): the database keeps them, whatever the application writes.

async function searchColumns(professionalId: string) {
  const [row] = await prisma.$queryRaw<{ search_last_name: string; search_first_name: string; confirmed_on: string; map_x: number | null; map_y: number | null }[]>`
    SELECT search_last_name, search_first_name, availability_confirmed_on::text AS confirmed_on, map_x, map_y
    FROM professionals WHERE id = ${professionalId}`;
  return row!;
}

describe('the account’s names on the volunteer’s row', () => {
  it('are copied at sign-up and follow a rename or an anonymisation of the account', async () => {
    const { user, professional } = await createProfessional({ lastName: 'Martin' });
    expect(await searchColumns(professional.id)).toMatchObject({ search_last_name: 'Martin', search_first_name: 'Alex' });
    await prisma.user.update({ where: { id: user.id }, data: { lastName: 'Martin-Dubois' } });
    expect(await searchColumns(professional.id)).toMatchObject({ search_last_name: 'Martin-Dubois', search_first_name: 'Alex' });
    await prisma.user.update({ where: { id: user.id }, data: { lastName: 'Anonyme', firstName: 'Anonyme' } });
    expect(await searchColumns(professional.id)).toMatchObject({ search_last_name: 'Anonyme', search_first_name: 'Anonyme' });
  });

  it('cannot be written by anything else than the account', async () => {
    const { professional } = await createProfessional({ lastName: 'Martin' });
    await prisma.professional.update({ where: { id: professional.id }, data: { searchLastName: 'Autre', searchFirstName: 'Nom' } });
    expect(await searchColumns(professional.id)).toMatchObject({ search_last_name: 'Martin', search_first_name: 'Alex' });
  });
});

describe('the generated columns', () => {
  it('give the day of the last confirmation in Paris, not in UTC', async () => {
    const { professional } = await createProfessional();
    // 23:30 UTC on 5 December is 00:30 on 6 December in Paris.
    await prisma.professional.update({ where: { id: professional.id }, data: { availabilityConfirmedAt: new Date(Date.UTC(2026, 11, 5, 23, 30)) } });
    expect((await searchColumns(professional.id)).confirmed_on).toBe('2026-12-06');
    await prisma.professional.update({ where: { id: professional.id }, data: { availabilityConfirmedAt: new Date(Date.UTC(2026, 6, 5, 21, 30)) } });
    expect((await searchColumns(professional.id)).confirmed_on).toBe('2026-07-05'); // 23:30 in summer time
  });

  it('place the volunteer on the Web Mercator grid of the map, or nowhere without a known place', async () => {
    const { professional } = await createProfessional({ record: { longitude: 0, latitude: 0 } });
    expect(await searchColumns(professional.id)).toMatchObject({ map_x: 2 ** 25, map_y: 2 ** 25 });
    await prisma.professional.update({ where: { id: professional.id }, data: { longitude: 2.3522, latitude: 48.8566 } });
    // Paris: x = (2.3522 + 180) / 360, y = (1 − ln(tan φ + sec φ) / π) / 2, in 2^26 units.
    const phi = (48.8566 * Math.PI) / 180;
    const expected = {
      map_x: Math.floor(((2.3522 + 180) / 360) * 2 ** 26),
      map_y: Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * 2 ** 26),
    };
    const actual = await searchColumns(professional.id);
    expect(Math.abs(actual.map_x! - expected.map_x)).toBeLessThanOrEqual(1);
    expect(Math.abs(actual.map_y! - expected.map_y)).toBeLessThanOrEqual(1);
    await prisma.professional.update({ where: { id: professional.id }, data: { longitude: null, latitude: null } });
    expect(await searchColumns(professional.id)).toMatchObject({ map_x: null, map_y: null });
  });
});
