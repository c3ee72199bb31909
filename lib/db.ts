import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';
import { planCacheName } from '@/lib/db/plan-cache';

// One client per process, created on first use (so that `next build`, which imports route modules,
// needs no database). In development Next reloads modules: the client is kept on globalThis to avoid
// opening a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = env().DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or `npm start`.');
  }
  const adapter = new PrismaPg({ connectionString, max: env().DB_POOL_SIZE }, {
    // node-pg sends an undefined name as an unnamed statement (planned each time); the adapter's type omits it.
    statementNameGenerator: (query) => planCacheName(query) as string,
  });
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === 'function' ? value.bind(instance) : value;
  },
});

export async function disconnectPrisma(): Promise<void> {
  if (globalForPrisma.prisma) {
    await globalForPrisma.prisma.$disconnect();
    globalForPrisma.prisma = undefined;
  }
}

export type { PrismaClient };
export type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
