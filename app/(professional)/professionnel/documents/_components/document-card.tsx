'use client';

import { useRef, useState, useTransition, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { formatLongInstant } from '@/lib/dates/format';
import { formatSize } from '@/components/professional/format';
import type { ActionResult } from '@/lib/actions/result';
import { GENERIC_ERROR } from '@/lib/actions/result';
import type { OwnDocument } from '@/lib/professionals/own/documents';
import { ACCEPTED_UPLOAD_TYPES, uploadSizeError } from '@/lib/storage/upload-rules';

export interface DocumentCardProps {
  kind: 'IDENTITY' | 'DIPLOMA';
  title: string;
  document: OwnDocument | null;
  upload: (form: FormData) => Promise<ActionResult<OwnDocument>>;
  remove: (input: { documentId: string }) => Promise<ActionResult<null>>;
}

/** One document: the current file (name, date, download), replace it, or delete it after a confirmation. */
export function DocumentCard({ kind, title, document, upload, remove }: DocumentCardProps) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const titleId = `document-${kind}-title`;

  function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setNotice(null);
    setFormError(null);
    // The size is checked at once to spare a 5 MB upload; the server checks the content and size again.
    const early = file && file.size > 0 ? uploadSizeError(file.size) : 'Choisissez un fichier.';
    setFileError(early);
    if (!file || early) return;
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', file);
    startTransition(async () => {
      const result = await upload(form).catch(() => null);
      if (result?.ok) {
        formRef.current?.reset();
        setNotice('Document enregistré.');
        return;
      }
      // A refused file is said next to the field; anything else above the form. The choice is kept.
      const fieldMessage = result && !result.ok ? result.fieldErrors?.file : undefined;
      setFileError(fieldMessage ?? null);
      setFormError(fieldMessage ? null : (result && !result.ok && result.formError) || GENERIC_ERROR);
    });
  }

  function onDelete(documentId: string) {
    setNotice(null);
    setFormError(null);
    startTransition(async () => {
      const result = await remove({ documentId }).catch(() => null);
      setConfirming(false);
      if (result?.ok) setNotice('Document supprimé.');
      else setFormError(result?.ok === false && result.formError ? result.formError : GENERIC_ERROR);
    });
  }

  return (
    <section aria-labelledby={titleId} className="space-y-4 rounded-lg bg-white p-4 shadow-sm" data-testid={`document-${kind}`}>
      <h2 id={titleId} className="text-lg font-bold">
        {title}
      </h2>
      {document ? (
        <div className="space-y-1">
          <p className="font-medium break-all" data-testid={`document-${kind}-name`}>
            {document.originalName}
          </p>
          <p className="text-sm text-muted">
            Envoyé le {formatLongInstant(document.uploadedAt)} — {formatSize(document.sizeBytes)}
          </p>
          <a href={`/api/documents/${document.id}`} className="inline-flex min-h-11 items-center text-brand underline" download>
            Télécharger<span className="sr-only"> {title.toLowerCase()}</span>
          </a>
        </div>
      ) : (
        <p data-testid={`document-${kind}-empty`}>Aucun fichier pour le moment.</p>
      )}

      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}

      <form ref={formRef} onSubmit={onUpload} noValidate className="space-y-3">
        <TextField
          label={document ? `Remplacer : ${title}` : title}
          ref={fileRef}
          name="file"
          id={`file-${kind}`}
          type="file"
          accept={ACCEPTED_UPLOAD_TYPES}
          hint="PDF, DOC, DOCX, JPG ou PNG, 5 Mo au plus."
          error={fileError ?? undefined}
          onChange={() => setFileError(null)}
        />
        <Button type="submit" busy={pending} disabled={pending}>
          {document ? 'Remplacer le fichier' : 'Envoyer le fichier'}
        </Button>
      </form>

      {document ? (
        confirming ? (
          <div className="space-y-2 rounded border border-danger p-3">
            <p>Supprimer définitivement ce fichier ?</p>
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="danger" busy={pending} disabled={pending} onClick={() => onDelete(document.id)}>
                Confirmer la suppression
              </Button>
              <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
                Annuler
              </Button>
            </div>
          </div>
        ) : (
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
            Supprimer<span className="sr-only"> {title.toLowerCase()}</span>
          </Button>
        )
      ) : null}
    </section>
  );
}
