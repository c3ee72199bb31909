'use client';

import { useState } from 'react';
import type { ImportPreview, LineStatus } from '@/lib/imports/types';

export const STATUS_LABELS: Record<LineStatus, string> = {
  new: 'À créer',
  existing: 'Déjà importé / compte existant',
  duplicate: 'Doublon ignoré',
  error: 'Erreur',
};

const STATUS_CLASSES: Record<LineStatus, string> = {
  new: 'text-success',
  existing: 'text-muted',
  duplicate: 'text-muted',
  error: 'font-bold text-danger',
};

/** Every line of the file with what « Importer » would do to it; errors can be shown alone. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const [errorsOnly, setErrorsOnly] = useState(false);
  const lines = errorsOnly ? preview.lines.filter((line) => line.status === 'error') : preview.lines;
  return (
    <div className="space-y-3">
      {preview.counts.error > 0 ? (
        <div className="flex items-center gap-2">
          <input id="errors-only" type="checkbox" checked={errorsOnly} onChange={(event) => setErrorsOnly(event.target.checked)} className="h-5 w-5 accent-brand" />
          <label htmlFor="errors-only">Afficher seulement les lignes en erreur</label>
        </div>
      ) : null}
      <div className="max-h-[70vh] overflow-auto rounded-lg bg-white shadow-sm" tabIndex={0} role="region" aria-label="Aperçu du fichier, défilable">
        <table className="min-w-full text-sm" data-testid="import-preview">
          <caption className="p-3 text-left font-bold">Aperçu du fichier : {lines.length} ligne(s) affichée(s)</caption>
          <thead className="sticky top-0 border-b-2 border-ink bg-white">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                Ligne
              </th>
              {preview.columns.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 text-left">
                  {column}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-left">
                Statut
              </th>
              <th scope="col" className="px-3 py-2 text-left">
                Détails
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.line} className={`border-b border-gray-200 align-top ${line.status === 'error' ? 'bg-red-50' : ''}`} data-status={line.status}>
                <th scope="row" className="px-3 py-2 text-left tabular-nums">
                  {line.line}
                </th>
                {line.cells.map((cell, index) => (
                  <td key={preview.columns[index] ?? index} className="px-3 py-2 [overflow-wrap:anywhere]">
                    {cell}
                  </td>
                ))}
                <td className={`px-3 py-2 whitespace-nowrap ${STATUS_CLASSES[line.status]}`}>{STATUS_LABELS[line.status]}</td>
                <td className="px-3 py-2">
                  {line.messages.length > 0 ? (
                    <ul className="list-disc space-y-1 pl-4">
                      {line.messages.map((message) => (
                        <li key={message}>{message}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
