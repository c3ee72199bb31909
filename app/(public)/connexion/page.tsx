import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { PageTitle } from '@/components/ui/page-title';
import { getActor } from '@/lib/auth/session';
import { ROLE_HOME } from '@/lib/access/roles';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { supportEmail } from '@/lib/env';

export const metadata: Metadata = { title: 'Connexion' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; motDePasse?: string }>;
}) {
  const { callbackUrl, motDePasse } = await searchParams;
  const actor = await getActor();
  if (actor) redirect(ROLE_HOME[actor.role]);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>Connexion</PageTitle>
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} passwordJustSet={motDePasse === 'enregistre'} supportEmail={supportEmail()} />
    </div>
  );
}
