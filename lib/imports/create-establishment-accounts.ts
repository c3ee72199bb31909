import 'server-only';
import type { Actor } from '@/lib/access/actor';
import type { TransactionClient } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { sendPasswordLink } from '@/lib/auth/password-flows';
import { establishmentIdentifierWhere, lockEstablishmentIdentifier } from '@/lib/account-requests/establishment-for-request';
import { regulatorScope } from '@/lib/access/checks';
import { getRegion } from '@/lib/reference/regions';
import type { EstablishmentPlan, PlannedEstablishment } from '@/lib/imports/establishment-plan';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';

// Writes an Annexe 2 plan inside the import's transaction: establishments created or joined, ESTABLISHMENT
// accounts ACTIVE (an agency vouches for them, as the ARS's « Valider » does, SPEC §7.1), memberships,
// and one activation email (72 h link) per account. The file's SIRET is written at creation, and onto a
// known establishment only if it has none (the preview said so when it has another).

export interface EstablishmentImportCounts {
  accountsCreated: number;
  establishmentsCreated: number;
  establishmentsJoined: number;
}

async function establishmentId(tx: TransactionClient, actor: Actor, planned: PlannedEstablishment): Promise<{ id: string; created: boolean }> {
  const identifier = establishmentIdentifierWhere(planned.row);
  // The same lock as a request's validation: both at once for one new FINESS create one establishment.
  await lockEstablishmentIdentifier(tx, identifier);
  const existing = await tx.establishment.findFirst({ where: identifier, select: { id: true, regionCode: true } });
  if (existing) {
    const scope = regulatorScope(actor);
    if (scope.kind === 'region' && existing.regionCode !== scope.regionCode) {
      throw new DomainError(IMPORT_MESSAGES.otherRegionEstablishment(getRegion(existing.regionCode)?.arsName ?? existing.regionCode));
    }
    if (planned.siret) await tx.establishment.updateMany({ where: { id: existing.id, siret: null }, data: { siret: planned.siret } });
    return { id: existing.id, created: false };
  }
  const { row } = planned;
  const created = await tx.establishment.create({
    data: {
      finess: row.finess,
      gid: row.gid,
      siret: planned.siret,
      name: row.establishmentName,
      category: row.category,
      address: row.address,
      postalCode: row.postalCode,
      city: row.city,
      departmentCode: row.location.departmentCode,
      // « ARS de rattachement » decides which ARS sees it, as « Région de rattachement » does for a request.
      regionCode: row.regionCode,
      longitude: row.location.coordinates[0],
      latitude: row.location.coordinates[1],
    },
    select: { id: true },
  });
  return { id: created.id, created: true };
}

export async function createEstablishmentAccounts(tx: TransactionClient, actor: Actor, plan: EstablishmentPlan): Promise<EstablishmentImportCounts> {
  const ids = new Map<string, string>();
  let establishmentsCreated = 0;
  for (const planned of plan.establishments.values()) {
    const { id, created } = await establishmentId(tx, actor, planned);
    ids.set(planned.key, id);
    if (created) establishmentsCreated += 1;
  }
  for (const account of plan.accounts) {
    const user = await tx.user.create({
      data: { email: account.email, role: 'ESTABLISHMENT', status: 'ACTIVE', firstName: account.firstName, lastName: account.lastName, phone: account.phone },
      select: { id: true, email: true, firstName: true },
    });
    await tx.establishmentMembership.createMany({ data: account.establishmentKeys.map((key) => ({ userId: user.id, establishmentId: ids.get(key)! })), skipDuplicates: true });
    await sendPasswordLink(tx, user, 'ACTIVATION');
  }
  return { accountsCreated: plan.accounts.length, establishmentsCreated, establishmentsJoined: plan.establishments.size - establishmentsCreated };
}
