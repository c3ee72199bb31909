'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { resendLinkAction } from '@/app/(public)/mot-de-passe/actions';

export function ResendLinkButton({ token }: { token: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'sent'>('idle');
  if (state === 'sent') {
    return <Alert tone="success">Un nouveau lien vient d&apos;être envoyé à l&apos;adresse de votre compte.</Alert>;
  }
  return (
    <Button
      type="button"
      busy={state === 'busy'}
      disabled={state === 'busy'}
      onClick={async () => {
        setState('busy');
        await resendLinkAction({ token });
        setState('sent');
      }}
    >
      Recevoir un nouveau lien
    </Button>
  );
}
