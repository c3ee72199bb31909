import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { assertRole } from '@/lib/access/roles';
import { writeAudit } from '@/lib/audit';
import { pscSettings } from '@/lib/federation/config';

// « Les gestionnaires RPPS+ se connectent avec Pro Santé Connect » (SPEC §16, as the RPPS+ seed guide
// has them sign in with their CPS card): a setting of the CCS. It binds only while PSC is configured —
// without it, a required PSC would lock every manager out.

const SETTINGS_ID = 1;

export async function isPscRequiredForRppsManagers(db: TransactionClient | typeof prisma = prisma): Promise<boolean> {
  if (!pscSettings()) return false;
  const row = await db.nationalSettings.findUnique({ where: { id: SETTINGS_ID }, select: { requirePscForRppsManagers: true } });
  return row?.requirePscForRppsManagers ?? false;
}

export interface PscRequirementSetting {
  required: boolean;
  /** False when PSC is not configured: the setting is kept but has no effect. */
  pscAvailable: boolean;
}

export async function getPscRequirement(actor: Actor): Promise<PscRequirementSetting> {
  assertRole(actor, ['CCS'], 'national-settings');
  const row = await prisma.nationalSettings.findUnique({ where: { id: SETTINGS_ID }, select: { requirePscForRppsManagers: true } });
  return { required: row?.requirePscForRppsManagers ?? false, pscAvailable: pscSettings() !== null };
}

export async function setPscRequirement(actor: Actor, input: { required: boolean }): Promise<PscRequirementSetting> {
  assertRole(actor, ['CCS'], 'national-settings');
  return prisma.$transaction(async (tx) => {
    await tx.nationalSettings.upsert({
      where: { id: SETTINGS_ID },
      create: { id: SETTINGS_ID, requirePscForRppsManagers: input.required },
      update: { requirePscForRppsManagers: input.required },
    });
    await writeAudit(tx, { actorId: actor.id, action: 'national-settings.psc-required', entityType: 'NationalSettings', entityId: null, details: { required: input.required } });
    return { required: input.required, pscAvailable: pscSettings() !== null };
  });
}
