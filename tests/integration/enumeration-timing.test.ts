/** @jest-environment node */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { registerProfessional } from '@/lib/professionals/sign-up/register-professional';
import { submitAccountRequest } from '@/lib/account-requests/submit-account-request';
import { ENUMERATION_SAFE_FLOOR_MS } from '@/lib/auth/uniform-duration';
import { createLocalDiskStore } from '@/lib/storage';
import { professionalSignUpSchema } from '@/lib/validation/professional';
import { createUser, ensureReferenceData } from '../factories';
import { signUpForm } from './signup-helpers';
import { freshIp, parseRequest, requestInput } from './account-requests-helpers';

// Issue 10 §6: a known address answered in ~17 ms and a new one in ~29 ms, so one request told them
// apart. Both paths now answer after the same floor (a lower bound only: it cannot flake on a slow machine).

let dir: string;

beforeAll(async () => {
  await ensureReferenceData();
  dir = await mkdtemp(path.join(os.tmpdir(), 'enumeration-timing-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

describe('same timing for known and unknown emails (SPEC §14)', () => {
  it('at volunteer sign-up', async () => {
    const store = createLocalDiskStore(dir);
    const known = await createUser('PROFESSIONAL');
    const sign = (email: string) => registerProfessional(professionalSignUpSchema.parse(signUpForm({ email })), {}, { store });
    expect(await elapsed(() => sign(known.email))).toBeGreaterThanOrEqual(ENUMERATION_SAFE_FLOOR_MS - 1);
    expect(await elapsed(() => sign(`nouveau-${Date.now()}@exemple.fr`))).toBeGreaterThanOrEqual(ENUMERATION_SAFE_FLOOR_MS - 1);
  });

  it('at the establishment account request', async () => {
    const known = await createUser('ESTABLISHMENT');
    const ask = (email: string) => submitAccountRequest(parseRequest(requestInput({ email })), { ip: freshIp() });
    expect(await elapsed(() => ask(known.email))).toBeGreaterThanOrEqual(ENUMERATION_SAFE_FLOOR_MS - 1);
    expect(await elapsed(() => ask(`demande-${Date.now()}@exemple.fr`))).toBeGreaterThanOrEqual(ENUMERATION_SAFE_FLOOR_MS - 1);
  });
});
