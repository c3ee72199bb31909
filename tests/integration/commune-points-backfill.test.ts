/** @jest-environment node */
import { prisma } from '@/lib/db';
import { backfillCommunePoints } from '@/lib/reference/commune-points-backfill';
import { lookupPostalCode, type LonLat } from '@/lib/reference/postal-codes';
import { createEstablishment, createProfessional } from '../factories';
import { useFreshDatabase, type FreshDatabase } from './fresh-database';

// `npm run backfill:points` (docs/decisions/010, 2026-12-07): volunteers and establishments written
// before each commune had its own point move to it; the rest is left alone, and a second run writes
// nothing. On a fresh database: the backfill reads every row, and other test files' rows carry points
// of their own making.

let database: FreshDatabase;
beforeAll(async () => {
  database = await useFreshDatabase();
});
afterAll(async () => {
  await database.drop();
});

// The centre of Gratreuil's box, as the index rounds it; 51800's point is Sainte-Menehould's, 25 km away.
const GRATREUIL: LonLat = [4.6942, 49.2459];
const point = async (model: 'professional' | 'establishment', id: string): Promise<LonLat> => {
  const row = model === 'professional' ? await prisma.professional.findUniqueOrThrow({ where: { id } }) : await prisma.establishment.findUniqueOrThrow({ where: { id } });
  return [row.longitude!, row.latitude!];
};

it('moves the places written at their postal code’s point to their commune’s, once', async () => {
  const [codeLon, codeLat] = lookupPostalCode('51800')!.coordinates;
  const place = (city: string, coordinates: { longitude: number | null; latitude: number | null } = { longitude: codeLon, latitude: codeLat }) => ({
    record: { postalCode: '51800', city, departmentCode: '51', regionCode: '44', ...coordinates },
  });
  const { professional: gratreuil } = await createProfessional({ regionCode: '44', ...place('Gratreuil') });
  const { professional: head } = await createProfessional({ regionCode: '44', ...place('Sainte-Menehould') });
  const { professional: unknownTown } = await createProfessional({ regionCode: '44', ...place('Ville inconnue') });
  const { professional: noPoint } = await createProfessional({ regionCode: '44', ...place('Gratreuil', { longitude: null, latitude: null }) });
  const establishment = await createEstablishment('44', { departmentCode: '51', postalCode: '51800' });
  await prisma.establishment.update({ where: { id: establishment.id }, data: { city: 'Gratreuil', longitude: codeLon, latitude: codeLat } });

  // Batches of two: the cursor crosses batch boundaries.
  expect(await backfillCommunePoints(prisma, { batchSize: 2 })).toEqual({ professionals: 2, establishments: 1 });
  expect(await point('professional', gratreuil.id)).toEqual(GRATREUIL);
  expect(await point('professional', noPoint.id)).toEqual(GRATREUIL);
  expect(await point('professional', head.id)).toEqual([codeLon, codeLat]);
  expect(await point('professional', unknownTown.id)).toEqual([codeLon, codeLat]);
  expect(await point('establishment', establishment.id)).toEqual(GRATREUIL);

  expect(await backfillCommunePoints(prisma, { batchSize: 2 })).toEqual({ professionals: 0, establishments: 0 });
});
