import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { supportEmail } from '@/lib/env';
import { linkingAccount } from '@/lib/federation/password-link';
import { federationErrorMessage } from '@/lib/federation/messages';

export const metadata: Metadata = { title: 'Lier Pro Santé Connect à votre compte' };

/**
 * A first Pro Santé Connect sign-in whose email is an account's (SPEC §16): its owner confirms the
 * password once, and the identity is linked as they sign in (lib/auth/authenticate.ts). Reached from the
 * pre-filled sign-up instead, the person names their account (another address) with its email and password.
 */
export default async function LinkIdentityPage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton } = await searchParams;
  const account = await linkingAccount(typeof jeton === 'string' ? jeton : null);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageTitle lead="Une seule fois : ensuite, Pro Santé Connect suffira pour vous connecter.">Lier Pro Santé Connect à votre compte</PageTitle>
      {account?.email ? (
        <>
          <p>
            Pro Santé Connect vous a identifié(e) comme <strong>{account.certifiedName}</strong> (RPPS {account.rppsNumber}). Un compte existe déjà avec
            l’adresse {account.email} : saisissez son mot de passe pour les lier.
          </p>
          <SignInForm callbackUrl={null} passwordJustSet={false} supportEmail={supportEmail()} linking={{ email: account.email, federationToken: jeton! }} />
        </>
      ) : account ? (
        <>
          <p>
            Pro Santé Connect vous a identifié(e) comme <strong>{account.certifiedName}</strong> (RPPS {account.rppsNumber}), mais aucun compte ne porte
            ce numéro ni l’adresse de votre identité. Si vous avez déjà un compte — bénévole ou gestionnaire RPPS+ — avec une autre adresse,
            saisissez son adresse et son mot de passe pour les lier.
          </p>
          <SignInForm callbackUrl={null} passwordJustSet={false} supportEmail={supportEmail()} linking={{ email: null, federationToken: jeton! }} />
          <p>
            <Link href={`/inscription/professionnel?jeton=${encodeURIComponent(jeton!)}`} className="text-brand underline">
              Je n’ai pas de compte : m’inscrire comme bénévole
            </Link>
          </p>
        </>
      ) : (
        <>
          <Alert tone="error">{federationErrorMessage('INTENT_EXPIRED')}</Alert>
          <p>
            <Link href="/connexion" className="text-brand underline">
              Retour à la connexion
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
