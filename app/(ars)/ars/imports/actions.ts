'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { importPreviewSchema, importRunSchema } from '@/lib/imports/form-schema';
import { previewImport, runImport } from '@/lib/imports/run-import';

// Thin on purpose: both regulator roles are accepted and the domain scopes each line by the actor — an
// ARS gets the lines of other regions as errors, the CCS may import any region.

export const previewImportAction = action({ schema: importPreviewSchema, roles: ['ARS', 'CCS'] }, async (input, actor) =>
  previewImport(actor, input.kind, new Uint8Array(await input.file.arrayBuffer())),
);

export const runImportAction = action({ schema: importRunSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const result = await runImport(actor, input.kind, new Uint8Array(await input.file.arrayBuffer()), input.hash);
  if (result.status === 'imported') revalidatePath('/ars', 'layout');
  return result;
});
