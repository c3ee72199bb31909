'use client';

import { useState } from 'react';

/** The ids ticked in a table; the table decides which of them still count after a refresh. */
export function useSelection() {
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  function select(id: string, checked: boolean) {
    setSelection((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }
  return { selection, select, clear: () => setSelection(new Set()) };
}
