'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

export interface RepeatedFieldsetsProps {
  /** One stable key per item (react-hook-form's field ids). */
  keys: string[];
  /** « Période », « Mission »: each fieldset is « Période n », its button « Supprimer la période n ». */
  itemLabel: string;
  addLabel: string;
  /** Items that cannot be removed (« Supprimer » is hidden below it). */
  min: number;
  max: number;
  /** The list's own message (« Ajoutez au moins une mission. »). */
  listError?: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  children: (index: number) => ReactNode;
}

/**
 * A list the user grows and shrinks (availability periods, missions): one fieldset per item whose
 * legend tells its identical labels apart, for screen readers and tests alike, then « Ajouter … ».
 */
export function RepeatedFieldsets({ keys, itemLabel, addLabel, min, max, listError, onAdd, onRemove, children }: RepeatedFieldsetsProps) {
  return (
    <div className="space-y-4">
      {keys.map((key, index) => (
        <fieldset key={key} className="space-y-4 rounded border border-gray-300 p-3 sm:p-4">
          <legend className="px-1 font-bold">
            {itemLabel} {index + 1}
          </legend>
          {children(index)}
          {keys.length > min ? (
            <Button type="button" variant="secondary" onClick={() => onRemove(index)} aria-label={`Supprimer la ${itemLabel.toLowerCase()} ${index + 1}`}>
              Supprimer
            </Button>
          ) : null}
        </fieldset>
      ))}
      {listError ? (
        <p role="alert" className="text-sm text-danger">
          {listError}
        </p>
      ) : null}
      {keys.length < max ? (
        <Button type="button" variant="secondary" onClick={onAdd}>
          {addLabel}
        </Button>
      ) : null}
    </div>
  );
}
