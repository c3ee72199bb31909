import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { PageTitle } from '@/components/ui/page-title';
import { getActor } from '@/lib/auth/session';
import { ROLE_HOME } from '@/lib/access/roles';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { SupportEmailLink } from '@/components/support/support-email-link';
import { supportEmail } from '@/lib/env';
import { Alert } from '@/components/ui/alert';
import { FederatedSignIn } from '@/components/auth/federated-sign-in';
import { federationButtons } from '@/lib/federation/buttons';
import { federationErrorMessage } from '@/lib/federation/messages';

export const metadata: Metadata = { title: 'Connexion' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; motDePasse?: string; error?: string }>;
}) {
  const { callbackUrl, motDePasse, error } = await searchParams;
  const actor = await getActor();
  if (actor) redirect(ROLE_HOME[actor.role]);
  // A sign-in through Pro Santé Connect or ProConnect that ended without a session comes back here.
  const federationError = federationErrorMessage(typeof error === 'string' ? error : null, supportEmail());
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>Connexion</PageTitle>
      {federationError ? (
        <div className="mb-4">
          <Alert tone="error" title="Connexion non aboutie">
            {federationError}
          </Alert>
        </div>
      ) : null}
      <div className="mb-4">
        <FederatedSignIn providers={federationButtons()} callbackUrl={safeCallbackUrl(callbackUrl)} />
      </div>
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} passwordJustSet={motDePasse === 'enregistre'} supportEmail={supportEmail()} />
      <section aria-labelledby="connexion-aide" className="mt-6 space-y-1 text-sm">
        <h2 id="connexion-aide" className="font-bold">Un problème pour vous connecter ?</h2>
        <p>
          Lien d’activation non reçu ou expiré, compte en attente de validation :{' '}
          <Link href="/aide" className="text-brand underline">consultez l’aide</Link>.
        </p>
        <p>
          Sinon, écrivez au support : <SupportEmailLink email={supportEmail()} />
        </p>
      </section>
    </div>
  );
}
