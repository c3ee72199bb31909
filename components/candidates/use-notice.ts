'use client';

import { useRef, useState } from 'react';

export interface Notice {
  tone: 'success' | 'error';
  message: string;
}

/**
 * The outcome of an action, said in French where the user is: the message is focused (the button that
 * had focus may be gone after the refresh) and announced by its role.
 */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  function announce(next: Notice) {
    setNotice(next);
    requestAnimationFrame(() => ref.current?.focus());
  }
  return { notice, ref, announce, clear: () => setNotice(null) };
}
