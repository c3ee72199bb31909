'use server';

import { action } from '@/lib/actions/action';
import { REGULATORS } from '@/lib/access/roles';
import { importPreviewSchema, importRunSchema } from '@/lib/imports/form-schema';
import { previewImport, runImport } from '@/lib/imports/run-import';
import type { ImportResult } from '@/lib/imports/types';

// « Imports » of `/ars` and `/ccs`. Thin on purpose: the domain scopes each line by the actor — an ARS
// gets the lines of other regions as errors, the CCS may import any region. A preview changes nothing,
// nor does an import refused as a whole: only an import done revalidates the area.

export const previewImportAction = action({ schema: importPreviewSchema, roles: REGULATORS, revalidate: false }, async (input, actor) =>
  previewImport(actor, input.kind, new Uint8Array(await input.file.arrayBuffer())),
);

export const runImportAction = action(
  { schema: importRunSchema, roles: REGULATORS, revalidate: (result: ImportResult) => result.status === 'imported' },
  async (input, actor) => runImport(actor, input.kind, new Uint8Array(await input.file.arrayBuffer()), input.hash),
);
