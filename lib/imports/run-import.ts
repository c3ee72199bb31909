import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/db/refusals';
import { regulatorScope } from '@/lib/access/checks';
import { ESTABLISHMENT_COLUMNS, VOLUNTEER_COLUMNS, type ImportKind } from '@/lib/imports/column-specs';
import { recordsOf } from '@/lib/imports/columns';
import { createEstablishmentAccounts } from '@/lib/imports/create-establishment-accounts';
import { createVolunteers } from '@/lib/imports/create-volunteers';
import { ESTABLISHMENT_PREVIEW_COLUMNS, planEstablishments, type EstablishmentPlan } from '@/lib/imports/establishment-plan';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';
import { readTable } from '@/lib/imports/read-table';
import { countLines, type ImportPreview, type ImportResult } from '@/lib/imports/types';
import { checkImportUpload, type ImportUpload } from '@/lib/imports/upload';
import { VOLUNTEER_PREVIEW_COLUMNS, planVolunteers, type VolunteerPlan } from '@/lib/imports/volunteer-plan';

// Bulk imports of SPEC §7.1 (establishment accounts from Annexe 2) and of volunteers registered
// elsewhere, in two steps: a preview with per-line errors, then « Importer ». Nothing is kept between
// the two: the page sends the same file again with the SHA-256 the preview returned, and the import
// re-reads and re-checks it inside ONE transaction — all of it is created, or nothing (docs/decisions/019).

type Plan = { kind: 'etablissements'; plan: EstablishmentPlan } | { kind: 'benevoles'; plan: VolunteerPlan };

const AUDIT_ACTIONS: Record<ImportKind, string> = { etablissements: 'import.establishment-accounts', benevoles: 'import.volunteers' };

async function readPlan(db: TransactionClient, actor: Actor, kind: ImportKind, upload: ImportUpload): Promise<Plan> {
  const rows = await readTable(upload);
  if (kind === 'etablissements') return { kind, plan: await planEstablishments(db, actor, recordsOf(rows, ESTABLISHMENT_COLUMNS)) };
  return { kind, plan: await planVolunteers(db, actor, recordsOf(rows, VOLUNTEER_COLUMNS)) };
}

function previewOf(planned: Plan, upload: ImportUpload): ImportPreview {
  const { lines } = planned.plan;
  const common = { fileHash: upload.hash, lines, counts: countLines(lines) };
  if (planned.kind === 'etablissements') {
    const establishmentsToCreate = [...planned.plan.establishments.values()].filter((planned) => planned.existingId === null).length;
    return { kind: planned.kind, columns: ESTABLISHMENT_PREVIEW_COLUMNS, ...common, accountsToCreate: planned.plan.accounts.length, establishmentsToCreate };
  }
  return { kind: planned.kind, columns: VOLUNTEER_PREVIEW_COLUMNS, ...common, accountsToCreate: planned.plan.volunteers.length, establishmentsToCreate: 0 };
}

/** « Prévisualiser »: reads and checks the file against the database; writes nothing. */
export async function previewImport(actor: Actor, kind: ImportKind, bytes: Uint8Array): Promise<ImportPreview> {
  regulatorScope(actor); // ARS and CCS only: anyone else is "not found"
  const upload = await checkImportUpload(bytes);
  return previewOf(await readPlan(prisma, actor, kind, upload), upload);
}

/**
 * « Importer »: the previewed file again. Imports are serialised (an advisory lock), so two agents
 * importing the same file at once create it once; a line in error rejects the whole file.
 */
export async function runImport(actor: Actor, kind: ImportKind, bytes: Uint8Array, previewedHash: string): Promise<ImportResult> {
  regulatorScope(actor);
  const upload = await checkImportUpload(bytes);
  if (upload.hash !== previewedHash) throw new DomainError(IMPORT_MESSAGES.changedSincePreview, 'file');
  try {
    return await prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('imports'))`;
        const planned = await readPlan(tx, actor, kind, upload);
        const preview = previewOf(planned, upload);
        if (preview.counts.error > 0) return { status: 'rejected', preview };
        const created =
          planned.kind === 'etablissements'
            ? await createEstablishmentAccounts(tx, actor, planned.plan)
            : { accountsCreated: await createVolunteers(tx, planned.plan.volunteers), establishmentsCreated: 0, establishmentsJoined: 0 };
        const outcome = { ...created, linesSkipped: preview.counts.existing + preview.counts.duplicate };
        await writeAudit(tx, { actorId: actor.id, action: AUDIT_ACTIONS[kind], entityType: 'Import', entityId: upload.hash, details: { ...outcome, lines: preview.counts.lines, regionCode: actor.regionCode } });
        return { status: 'imported', outcome, preview };
      },
      // One activation email is rendered per account inside the transaction: up to 2 000 of them.
      { timeout: 180_000, maxWait: 60_000 },
    );
  } catch (error) {
    // A sign-up or a request took one of the file's addresses between the check and the insert.
    if (isUniqueViolation(error)) throw new DomainError(IMPORT_MESSAGES.concurrentCreation, 'file');
    throw error;
  }
}
