import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { runJobs } from '@/lib/jobs/run-jobs';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

function authorized(request: Request): boolean {
  const secret = env().CRON_SECRET;
  if (!secret) return false;
  const given = Buffer.from(request.headers.get('authorization') ?? '');
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Vercel Cron calls GET with `Authorization: Bearer $CRON_SECRET`; scripts/app.ts calls POST. */
async function tick(request: Request): Promise<Response> {
  if (!authorized(request)) return new Response('Not found', { status: 404 });
  return Response.json({ jobs: await runJobs() });
}

export { tick as GET, tick as POST };
