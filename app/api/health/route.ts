import { prisma } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** SPEC §13: 200 with the database status, 503 when the database does not answer. */
export async function GET(): Promise<Response> {
  const started = Date.now();
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok', database: 'up', latencyMs: Date.now() - started });
  } catch {
    return Response.json({ status: 'degraded', database: 'down' }, { status: 503 });
  }
}
