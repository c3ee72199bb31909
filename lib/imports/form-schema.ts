import { z } from '@/lib/validation/zod';
import { IMPORT_KINDS } from '@/lib/imports/column-specs';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';

// The two steps of the imports page as FormData (a file cannot travel as JSON): the kind of file and
// the file itself, plus, for « Importer », the SHA-256 its preview returned. Contents are checked on
// the server (lib/imports/upload.ts), never on the browser's word.

const importFields = {
  kind: z.enum(IMPORT_KINDS, { error: 'Choisissez le type de fichier.' }),
  file: z.instanceof(File, { error: 'Choisissez un fichier.' }).refine((file) => file.size > 0, IMPORT_MESSAGES.empty),
};

export const importPreviewSchema = z
  .instanceof(FormData)
  .transform((form) => ({ kind: form.get('kind'), file: form.get('file') }))
  .pipe(z.object(importFields));

export const importRunSchema = z
  .instanceof(FormData)
  .transform((form) => ({ kind: form.get('kind'), file: form.get('file'), hash: form.get('hash') }))
  .pipe(z.object({ ...importFields, hash: z.string({ error: IMPORT_MESSAGES.changedSincePreview }).regex(/^[0-9a-f]{64}$/, IMPORT_MESSAGES.changedSincePreview) }));
