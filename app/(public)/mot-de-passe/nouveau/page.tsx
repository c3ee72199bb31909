import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { Alert } from '@/components/ui/alert';
import { SetPasswordForm } from '@/components/auth/set-password-form';
import { ResendLinkButton } from '@/components/auth/resend-link-button';
import { describeToken } from '@/lib/auth/password-flows';

export const metadata: Metadata = { title: 'Nouveau mot de passe' };
export const dynamic = 'force-dynamic';

const INVALID_TITLES = {
  used: 'Ce lien a déjà été utilisé',
  expired: 'Ce lien a expiré',
  unknown: 'Ce lien n’est pas valide',
} as const;

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = '' } = await searchParams;
  const state = token ? await describeToken(token) : 'unknown';
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageTitle>Choisir votre mot de passe</PageTitle>
      {state === 'valid' ? (
        <SetPasswordForm token={token} />
      ) : (
        <>
          <Alert tone="error" title={INVALID_TITLES[state]}>
            Les liens d&apos;activation et de réinitialisation ne servent qu&apos;une fois et sont valables 72 heures.
          </Alert>
          {state === 'unknown' ? null : <ResendLinkButton token={token} />}
          <p>
            <a href="/mot-de-passe/oubli" className="text-brand underline">
              Demander un nouveau lien avec mon adresse email
            </a>
          </p>
        </>
      )}
    </div>
  );
}
