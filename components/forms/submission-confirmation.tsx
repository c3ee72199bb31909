'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

interface SubmissionConfirmationProps {
  title: string;
  /** Said twice: in the dialog that pops up, then in the page that stays once it is closed. */
  message: ReactNode;
  /** After the message in the page: where to go next. */
  children: ReactNode;
  dialogOpen: boolean;
  onCloseDialog: () => void;
}

/** What replaces a public form once it is sent: a dialog that cannot be missed, over the same message in the page. */
export function SubmissionConfirmation({ title, message, children, dialogOpen, onCloseDialog }: SubmissionConfirmationProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Once the dialog closes, focus lands on the page's new content rather than on <body>.
  useEffect(() => {
    if (!dialogOpen) headingRef.current?.focus();
  }, [dialogOpen]);

  return (
    <>
      <section aria-labelledby="confirmation-title" className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="confirmation-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
          {title}
        </h2>
        <Alert tone="success">{message}</Alert>
        {children}
      </section>
      <Dialog
        open={dialogOpen}
        title={title}
        onClose={onCloseDialog}
        actions={
          <Button type="button" onClick={onCloseDialog} autoFocus>
            Fermer
          </Button>
        }
      >
        {message}
      </Dialog>
    </>
  );
}
