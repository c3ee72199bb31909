import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** A client for command-line scripts, on an explicit URL (lib/db.ts reads the environment instead). */
export function createScriptPrisma(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 4 }) });
}
