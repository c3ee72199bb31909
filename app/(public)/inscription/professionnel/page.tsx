import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { SignUpForm } from './_components/sign-up-form';

export const metadata: Metadata = { title: 'Inscription des professionnels volontaires' };

export default function ProfessionalSignUpPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle lead="Professionnels de santé, étudiants, retraités : inscrivez-vous une fois, puis tenez à jour vos disponibilités depuis votre espace. Les établissements et l'ARS de la région choisie pourront vous proposer une mission de renfort.">
        Inscription comme renfort
      </PageTitle>
      <p className="mb-6 text-sm">
        Vous avez déjà un compte ?{' '}
        <Link href="/connexion" className="text-brand underline">
          Connectez-vous
        </Link>{' '}
        (ou{' '}
        <Link href="/mot-de-passe/oubli" className="text-brand underline">
          recevez un nouveau lien d&apos;activation
        </Link>
        ). Une seule inscription par adresse email.
      </p>
      <SignUpForm />
    </div>
  );
}
