/** @jest-environment node */
import { GET as health } from '@/app/api/health/route';
import { POST as tick } from '@/app/api/cron/tick/route';
import { resetEnvCache } from '@/lib/env';

describe('GET /api/health', () => {
  it('answers 200 with the database status', async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
  });
});

describe('the cron route without CRON_SECRET', () => {
  it('answers 404 to everyone, « Bearer undefined » included', async () => {
    delete process.env.CRON_SECRET;
    resetEnvCache();
    for (const authorization of [undefined, 'Bearer undefined', 'Bearer ', 'Bearer']) {
      const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
      expect((await tick(new Request('http://test/api/cron/tick', { method: 'POST', headers }))).status).toBe(404);
    }
  });
});

describe('the cron route', () => {
  const SECRET = 'cron-secret-for-this-test-0000';
  beforeAll(() => {
    process.env.CRON_SECRET = SECRET;
    resetEnvCache();
  });
  afterAll(() => {
    delete process.env.CRON_SECRET;
    resetEnvCache();
  });

  it('answers 404 without the secret or with a wrong one', async () => {
    expect((await tick(new Request('http://test/api/cron/tick', { method: 'POST' }))).status).toBe(404);
    const wrong = new Request('http://test/api/cron/tick', { method: 'POST', headers: { authorization: 'Bearer nope' } });
    expect((await tick(wrong)).status).toBe(404);
  });

  it('runs the jobs with the secret', async () => {
    const request = new Request('http://test/api/cron/tick', { method: 'POST', headers: { authorization: `Bearer ${SECRET}` } });
    const response = await tick(request);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { jobs: { name: string }[] };
    expect(body.jobs.map((job) => job.name)).toEqual(['reservations', 'missions', 'rpps', 'retention', 'account-requests-digest', 'availability-checkins', 'volunteer-figures', 'emails', 'cleanup']);
  });
});
