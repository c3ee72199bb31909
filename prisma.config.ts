import { defineConfig } from 'prisma/config';

// Prisma 7 CLI wiring. The URL is only needed by `prisma migrate deploy` on machines that have the schema
// engine; here migrations are applied by scripts/db-migrate.ts (docs/decisions/002-hand-written-migrations.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/renfort',
  },
});
