import '@testing-library/jest-dom';

// Each test file runs in its own module registry, hence its own Prisma pool (kept on globalThis by
// lib/db.ts): close it, or the worker keeps sockets open and jest has to kill it.
afterAll(async () => {
  const { prisma } = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } };
  await prisma?.$disconnect();
});
