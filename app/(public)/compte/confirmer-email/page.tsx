import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { Alert } from '@/components/ui/alert';
import { ConfirmEmailButton } from '@/components/account/confirm-email-button';
import { describeEmailChangeLink } from '@/lib/my-account/email-change';
import { EMAIL_LINK_MESSAGES } from '@/lib/my-account/link-messages';
import { confirmEmailChangeAction } from './actions';

export const metadata: Metadata = { title: 'Confirmer ma nouvelle adresse email' };
export const dynamic = 'force-dynamic';

/** The link sent to the new address (SPEC §15); no sign-in needed. */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ jeton?: string | string[] }> }) {
  const { jeton } = await searchParams;
  const token = typeof jeton === 'string' ? jeton : '';
  const state = token ? await describeEmailChangeLink(token) : 'unknown';
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageTitle>Confirmer ma nouvelle adresse email</PageTitle>
      {state === 'valid' ? (
        <>
          <p>Confirmez pour que cette adresse devienne l’identifiant de connexion de votre compte Renfort RH Crise.</p>
          <ConfirmEmailButton token={token} confirm={confirmEmailChangeAction} />
        </>
      ) : (
        <Alert tone="error" title="Ce lien ne peut pas servir">
          {EMAIL_LINK_MESSAGES[state]}
        </Alert>
      )}
    </div>
  );
}
