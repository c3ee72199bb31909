import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { prisma } from '@/lib/db';
import { deleteProfessionalDocument, saveProfessionalDocument } from '@/lib/professionals/documents';
import type { DocumentKind } from '@/lib/generated/prisma/enums';
import { writeAudit } from '@/lib/audit';
import type { FileStore } from '@/lib/storage';
import { withFileTransaction } from '@/lib/storage/file-transaction';
import { ownProfessionalId } from './owner';

// « Mes documents »: the volunteer's « Pièce d'identité » and « Diplôme » — see, replace, delete.
// Bytes are read only through /api/documents/[id] (authorized and logged there).

export interface OwnDocument {
  id: string;
  kind: DocumentKind;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  /** ISO instant of the upload. */
  uploadedAt: string;
}

export type OwnDocuments = Record<DocumentKind, OwnDocument | null>;

export async function listOwnDocuments(actor: Actor): Promise<OwnDocuments> {
  const professionalId = await ownProfessionalId(actor);
  const rows = await prisma.document.findMany({
    where: { professionalId },
    select: { id: true, kind: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true },
  });
  const byKind: OwnDocuments = { IDENTITY: null, DIPLOMA: null };
  for (const { createdAt, ...row } of rows) byKind[row.kind] = { ...row, uploadedAt: createdAt.toISOString() };
  return byKind;
}

export interface UploadedFile {
  kind: DocumentKind;
  bytes: Uint8Array;
  name: string;
}

/**
 * Adds or replaces one document. The file is checked by content and size (checkUpload, inside
 * saveProfessionalDocument); a refused file is a field error and changes nothing. The old bytes are
 * deleted only after the commit (withFileTransaction).
 */
export async function replaceOwnDocument(actor: Actor, file: UploadedFile, store?: FileStore): Promise<OwnDocument> {
  const professionalId = await ownProfessionalId(actor);
  const saved = await withFileTransaction(
    async (tx) => {
      const result = await saveProfessionalDocument(tx, { professionalId, kind: file.kind, bytes: file.bytes, originalName: file.name });
      if (!result.ok) throw new DomainError(result.message, 'file');
      await writeAudit(tx.db, {
        actorId: actor.id,
        action: 'document.upload',
        entityType: 'Document',
        entityId: result.document.id,
        details: { professionalId, kind: file.kind },
      });
      return result.document;
    },
    store ? { store } : undefined,
  );
  const createdAt = await prisma.document.findUniqueOrThrow({ where: { id: saved.id }, select: { createdAt: true } });
  return { ...saved, uploadedAt: createdAt.createdAt.toISOString() };
}

/** Deletes one of the volunteer's own documents; anyone else's id is "not found". */
export async function deleteOwnDocument(actor: Actor, documentId: string, store?: FileStore): Promise<void> {
  await ownProfessionalId(actor);
  const deleted = await deleteProfessionalDocument(actor, documentId, store);
  if (!deleted) throw new NotFoundError('document');
}
