import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { prisma } from '@/lib/db';
import { establishmentMaySeeCandidate, volunteerSheetAccess } from '@/lib/candidates/access';
import { decideScope } from '@/lib/access/scope';
import type { DocumentKind } from '@/lib/generated/prisma/client';
import { fileStoreFromEnv, newStorageKey, type FileStore, type StoredFile } from '@/lib/storage';
import { documentDownloadName } from '@/lib/storage/download-name';
import type { FileTransaction } from '@/lib/storage/file-transaction';
import { checkUpload } from '@/lib/storage/upload-check';
import { isUuid } from '@/lib/identifiers/uuid';

// A volunteer's « Pièce d'identité » and « Diplôme » (SPEC §5.1, §6.5): one of each kind at most,
// checked by content, stored under a random key, readable only through getDocumentForDownload.

export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
}

export type SaveDocumentResult = { ok: true; document: DocumentSummary } | { ok: false; message: string };

export interface SaveDocumentInput {
  professionalId: string;
  kind: DocumentKind;
  bytes: Uint8Array;
  originalName: string;
}

/**
 * Checks the file, writes its bytes, then creates or replaces the row of that kind, inside a
 * `withFileTransaction` (lib/storage/file-transaction.ts explains the ordering). The replaced bytes are
 * deleted only after the commit; the new ones are deleted if the transaction fails. A refused file
 * writes nothing and returns the French message — the caller decides whether to abort its transaction.
 * The caller has already established that `professionalId` is the actor's (sign-up or « Ma fiche »).
 */
export async function saveProfessionalDocument(tx: FileTransaction, input: SaveDocumentInput): Promise<SaveDocumentResult> {
  const check = await checkUpload(input.bytes, input.originalName);
  if (!check.ok) return check;

  const storageKey = newStorageKey('documents');
  await tx.store.put(storageKey, input.bytes, check.mimeType);
  tx.afterRollback(() => tx.store.delete(storageKey));

  // FOR UPDATE: two concurrent replacements queue here, and the second one sees (and later deletes)
  // the bytes of the first instead of leaving them orphaned.
  const previous = await tx.db.$queryRaw<Array<{ id: string; storage_key: string }>>`
    SELECT id, storage_key FROM documents
    WHERE professional_id = ${input.professionalId} AND kind = CAST(${input.kind} AS "DocumentKind")
    FOR UPDATE`;

  const data = {
    storageKey,
    originalName: displayName(input.originalName, check.extension),
    mimeType: check.mimeType,
    sizeBytes: input.bytes.byteLength,
    createdAt: new Date(),
  };
  const select = { id: true, kind: true, originalName: true, mimeType: true, sizeBytes: true } as const;
  const old = previous[0];
  const document = old
    ? await tx.db.document.update({ where: { id: old.id }, data, select })
    : await tx.db.document.create({ data: { ...data, professionalId: input.professionalId, kind: input.kind }, select });
  if (old) tx.afterCommit(() => tx.store.delete(old.storage_key));
  return { ok: true, document };
}

/** A volunteer removes one of their own documents. False when it is not theirs or does not exist. */
export async function deleteProfessionalDocument(actor: Actor, documentId: string, store: FileStore = fileStoreFromEnv()): Promise<boolean> {
  const own = decideScope(actor, 'professional');
  const professionalId = own.kind === 'own' ? own.professionalId : null;
  if (!professionalId || !isUuid(documentId)) return false;

  const removed = await prisma.$transaction(async (db) => {
    const document = await db.document.findFirst({
      where: { id: documentId, professionalId },
      select: { id: true, kind: true, storageKey: true },
    });
    if (!document) return null;
    // deleteMany with the owner in the filter: a concurrent delete makes this one a no-op, not an error.
    const { count } = await db.document.deleteMany({ where: { id: document.id, professionalId } });
    if (count === 0) return null;
    await db.auditLog.create({
      data: { actorId: actor.id, action: 'document.delete', entityType: 'Document', entityId: document.id, details: { professionalId, kind: document.kind } },
    });
    return document;
  });
  if (!removed) return false;
  // After the commit, as for a replacement; a failure leaves unreachable bytes, not a dangling row.
  await store.delete(removed.storageKey).catch((error: unknown) => {
    console.error('[storage] could not delete document bytes:', error instanceof Error ? error.message : error);
  });
  return true;
}

export interface DocumentDownload extends DocumentSummary {
  professionalId: string;
  /** Chosen by the server from kind and type, e.g. `piece-identite.pdf`. */
  downloadName: string;
  /** Reads the bytes and records the download in the audit log; null if the bytes are gone. */
  open(): Promise<StoredFile | null>;
}

/**
 * The document if the actor may read it, else null (the route answers 404 either way, so ids cannot be
 * probed): the volunteer themself, an ARS and the CCS exactly when they may open the volunteer's sheet
 * (volunteerSheetAccess: volunteerSheetScope, or the « Proposer » pool of `missionId`, which the sheet's
 * links carry when that mission let the sheet in), and establishment accounts exactly when they may open
 * the candidate sheet (establishmentMaySeeCandidate). Both rules are in lib/candidates/access.ts. No other
 * role reads documents.
 */
export async function getDocumentForDownload(
  actor: Actor,
  documentId: string,
  { store = fileStoreFromEnv(), missionId = null }: { store?: FileStore; missionId?: string | null } = {},
): Promise<DocumentDownload | null> {
  if (!isUuid(documentId)) return null;
  const select = { id: true, professionalId: true, kind: true, storageKey: true, originalName: true, mimeType: true, sizeBytes: true } as const;

  const document = await prisma.document.findUnique({ where: { id: documentId }, select });
  if (!document) return null;
  const allowed =
    actor.role === 'ESTABLISHMENT'
      ? await establishmentMaySeeCandidate(actor, document.professionalId)
      : (await volunteerSheetAccess(actor, document.professionalId, missionId)) !== null;
  if (!allowed) return null;

  const { storageKey, ...summary } = document;
  return {
    ...summary,
    downloadName: documentDownloadName(document.kind, document.mimeType),
    async open() {
      const file = await store.get(storageKey);
      if (!file) return null;
      try {
        await prisma.auditLog.create({
          data: {
            actorId: actor.id,
            action: 'document.download',
            entityType: 'Document',
            entityId: document.id,
            details: { professionalId: document.professionalId, kind: document.kind },
          },
        });
      } catch (error) {
        // No audit row, no bytes: an unlogged read of an identity document is not acceptable.
        await file.stream.cancel().catch(() => undefined);
        throw error;
      }
      return file;
    },
  };
}

/** The name shown back to the volunteer: no directories, no control characters, bounded length. */
function displayName(declared: string, extension: string): string {
  const base = declared.split(/[\\/]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || `document.${extension}`;
}
