'use server';

import { action } from '@/lib/actions/action';
import { deleteOwnDocument, replaceOwnDocument } from '@/lib/professionals/own';
import { documentDeletionSchema, documentUploadSchema } from '@/lib/validation/volunteer-area';

/** Adds or replaces « Pièce d'identité » or « Diplôme » (FormData: `kind`, `file`). */
export const uploadDocumentAction = action({ schema: documentUploadSchema, roles: ['PROFESSIONAL'] }, async ({ kind, file }, actor) => {
  return replaceOwnDocument(actor, { kind, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
});

export const deleteDocumentAction = action({ schema: documentDeletionSchema, roles: ['PROFESSIONAL'] }, async ({ documentId }, actor) => {
  await deleteOwnDocument(actor, documentId);
  return null;
});
