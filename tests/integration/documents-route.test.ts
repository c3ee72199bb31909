/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GET } from '@/app/api/documents/[id]/route';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { saveProfessionalDocument } from '@/lib/professionals/documents';
import { disconnectPrisma, prisma } from '@/lib/db';
import { withFileTransaction } from '@/lib/storage/file-transaction';
import { localUploadsEnvironment } from './uploads-environment';

// The route handler against the real database and the local-disk store of UPLOADS_DIR (the route uses
// fileStoreFromEnv). Only the session is replaced: next-auth needs a request scope that Jest lacks.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);
localUploadsEnvironment('documents-route-');

const RUN = randomUUID().slice(0, 8);
const PNG = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/uploads/sample.png')));

let owner: Actor;
let stranger: Actor;
let documentId: string;
const userIds: string[] = [];

async function volunteer(label: string): Promise<Actor> {
  const user = await prisma.user.create({
    data: { email: `${label}-${RUN}@documents-route.test`, role: 'PROFESSIONAL', firstName: 'Test', lastName: label },
  });
  userIds.push(user.id);
  const professional = await prisma.professional.create({
    data: {
      userId: user.id,
      phone: '0600000000',
      postalCode: '75001',
      city: 'Paris',
      departmentCode: '75',
      regionCode: '11',
      professionCode: 'INFIRMIER',
      activityType: 'RETIRED',
      identifierType: 'NONE',
      mobilisation: 'NATIONAL',
      termsAcceptedAt: new Date(),
      dataConsentAt: new Date(),
    },
  });
  return { ...user, establishmentIds: [], professionalId: professional.id };
}

function call(id: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/documents/${id}`), { params: Promise.resolve({ id }) });
}

beforeAll(async () => {
  await prisma.profession.upsert({ where: { code: 'INFIRMIER' }, update: {}, create: { code: 'INFIRMIER', label: 'Infirmier' } });
  owner = await volunteer('owner');
  stranger = await volunteer('stranger');
  const result = await withFileTransaction((tx) =>
    saveProfessionalDocument(tx, { professionalId: owner.professionalId as string, kind: 'DIPLOMA', bytes: PNG, originalName: '"><script>.png' }),
  );
  if (!result.ok) throw new Error(result.message);
  documentId = result.document.id;
});

afterAll(async () => {
  await prisma.auditLog.deleteMany({ where: { actorId: { in: userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await disconnectPrisma();
});

describe('GET /api/documents/[id]', () => {
  it('streams the file to its owner with server-chosen name and safe headers', async () => {
    mockedGetActor.mockResolvedValue(owner);
    const response = await call(documentId);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).toBe(String(PNG.length));
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="diplome.png"; filename*=UTF-8''diplome.png`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(Array.from(new Uint8Array(await response.arrayBuffer()))).toEqual(Array.from(PNG));
    await expect(
      prisma.auditLog.count({ where: { action: 'document.download', entityId: documentId, actorId: owner.id } }),
    ).resolves.toBe(1);
  });

  it.each([
    ['no session', () => null],
    ['another volunteer', () => stranger],
  ])('answers 404, never 403, with %s', async (_case, actor) => {
    mockedGetActor.mockResolvedValue(actor());
    const response = await call(documentId);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-disposition')).toBeNull();
  });

  it('answers the same 404 for an unknown or malformed id', async () => {
    mockedGetActor.mockResolvedValue(owner);
    const unknown = await call(randomUUID());
    const malformed = await call('..%2F..%2Fetc%2Fpasswd');
    expect([unknown.status, malformed.status]).toEqual([404, 404]);
    expect(await unknown.text()).toBe(await malformed.text());
  });
});
