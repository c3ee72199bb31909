'use client';

import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FileField } from '@/components/ui/file-field';
import { ImportDone, PreviewSummary } from '@/components/imports/import-summary';
import { PreviewTable } from '@/components/imports/preview-table';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import type { ImportKind } from '@/lib/imports/column-specs';
import { IMPORT_MESSAGES, MAX_IMPORT_BYTES } from '@/lib/imports/messages';
import type { ImportOutcome, ImportPreview, ImportResult } from '@/lib/imports/types';

export interface ImportActions {
  preview: (form: FormData) => Promise<ActionResult<ImportPreview>>;
  run: (form: FormData) => Promise<ActionResult<ImportResult>>;
}

const KINDS: { value: ImportKind; label: string }[] = [
  { value: 'etablissements', label: 'Comptes établissements (Annexe 2, .xlsx ou .csv)' },
  { value: 'benevoles', label: 'Bénévoles déjà inscrits ailleurs (.csv ou .xlsx)' },
];

function failure(result: { formError?: string; fieldErrors?: Record<string, string> }): string {
  return result.fieldErrors?.file ?? result.fieldErrors?.kind ?? result.fieldErrors?.hash ?? result.formError ?? GENERIC_ERROR;
}

/**
 * « Prévisualiser » sends the file and shows every line with its status; « Importer » sends the same
 * file again with the preview's fingerprint. Choosing another file or kind drops the preview.
 */
export function ImportPanel({ actions }: { actions: ImportActions }) {
  const [kind, setKind] = useState<ImportKind>('etablissements');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  function reset(next: { kind?: ImportKind; file?: File | null }) {
    if (next.kind) setKind(next.kind);
    if (next.file !== undefined) setFile(next.file);
    setPreview(null);
    setOutcome(null);
    setError(next.file && next.file.size > MAX_IMPORT_BYTES ? IMPORT_MESSAGES.tooLarge : null);
  }

  function formData(extra: Record<string, string> = {}): FormData {
    const form = new FormData();
    form.set('kind', kind);
    if (file) form.set('file', file);
    for (const [key, value] of Object.entries(extra)) form.set(key, value);
    return form;
  }

  function showResult() {
    // The summary replaces the form's focus: a screen reader hears what the file holds.
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  async function onPreview(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError('Choisissez un fichier.');
    setBusy('preview');
    setError(null);
    setOutcome(null);
    try {
      const result = await actions.preview(formData());
      if (result.ok) setPreview(result.data);
      else {
        setPreview(null);
        setError(failure(result));
      }
    } catch {
      setError(GENERIC_ERROR);
    } finally {
      setBusy(null);
      showResult();
    }
  }

  async function onImport() {
    if (!file || !preview) return;
    setBusy('import');
    setError(null);
    try {
      const result = await actions.run(formData({ hash: preview.fileHash }));
      if (!result.ok) setError(failure(result));
      else {
        setPreview(result.data.preview);
        if (result.data.status === 'imported') setOutcome(result.data.outcome);
        else setError('Des lignes sont en erreur : rien n’a été importé.');
      }
    } catch {
      setError(GENERIC_ERROR);
    } finally {
      setBusy(null);
      showResult();
    }
  }

  const canImport = preview !== null && !outcome && preview.counts.error === 0 && preview.accountsToCreate > 0;
  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} className="space-y-4 rounded-lg bg-white p-4 shadow-sm" noValidate>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-medium">Type de fichier</legend>
          {KINDS.map((option) => (
            <div key={option.value} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                id={`kind-${option.value}`}
                name="kind"
                value={option.value}
                checked={kind === option.value}
                onChange={() => reset({ kind: option.value })}
                className="h-5 w-5 accent-brand"
              />
              <label htmlFor={`kind-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
        <FileField
          label="Fichier"
          name="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hint="Format .xlsx ou .csv (séparateur point-virgule ou virgule), 5 Mo et 2 000 lignes au plus."
          file={file}
          onChange={(event) => reset({ file: event.target.files?.[0] ?? null })}
        />
        <Button type="submit" busy={busy === 'preview'} disabled={busy !== null || !file || (file?.size ?? 0) > MAX_IMPORT_BYTES}>
          Prévisualiser
        </Button>
      </form>

      <div ref={resultRef} tabIndex={-1} className="space-y-4 outline-none">
        {error ? <Alert tone="error" title="Import impossible">{error}</Alert> : null}
        {outcome ? <ImportDone outcome={outcome} /> : preview ? <PreviewSummary preview={preview} /> : null}
        {preview && !outcome ? (
          <Button type="button" onClick={onImport} busy={busy === 'import'} disabled={!canImport || busy !== null}>
            Importer
          </Button>
        ) : null}
      </div>
      {preview ? <PreviewTable preview={preview} /> : null}
    </div>
  );
}
