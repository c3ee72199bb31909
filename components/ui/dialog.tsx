'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Buttons of the dialog; give one of them `autoFocus` to decide where focus lands. */
  actions: ReactNode;
  /** Called when the dialog closes by itself (Escape key). */
  onClose: () => void;
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert, traps
 * focus, closes on Escape and gives focus back to the element that had it. The title names it
 * (aria-labelledby) and the body describes it (aria-describedby).
 */
export function Dialog({ open, title, children, actions, onClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // Environments without showModal (old browsers, jsdom) still get a visible, labelled dialog.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg bg-white p-6 shadow-xl backdrop:bg-black/50"
    >
      <h2 id={titleId} className="text-xl font-bold">
        {title}
      </h2>
      <div id={bodyId} className="mt-3 space-y-3">
        {children}
      </div>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:justify-end">{actions}</div>
    </dialog>
  );
}
