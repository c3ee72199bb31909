import type { PrismaClient } from '@/lib/generated/prisma/client';
import { PROFESSIONS } from '@/lib/reference/professions';
import { REGIONS } from '@/lib/reference/regions';

/**
 * Brings the reference tables in line with the code (professions with their vaccination flag, region
 * names). Idempotent; run by `npm run db:migrate`, so a database given by DATABASE_URL has them too. An
 * administrator's change of the eligible-to-vaccinate flag is kept: only new professions get the default.
 */
export async function syncReferenceData(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (const profession of PROFESSIONS) {
      await tx.profession.upsert({
        where: { code: profession.code },
        create: profession,
        update: { label: profession.label, hasSpecialities: profession.hasSpecialities, sortOrder: profession.sortOrder },
      });
    }
    for (const region of REGIONS) {
      await tx.region.upsert({
        where: { code: region.code },
        create: { code: region.code, name: region.name },
        update: { name: region.name },
      });
    }
  });
}
