import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { submitAccountRequestAction } from './actions';
import { AccountRequestForm } from './_components/account-request-form';

export const metadata: Metadata = { title: 'Demande de compte établissement' };

export default function EstablishmentRequestPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle lead="Recensement des besoins pour renforcer les structures sanitaires, sociales ou médico-sociales. Déposez votre demande de compte et vos besoins de renfort en une fois : l'ARS de votre région valide le compte sous 72 heures.">
        Demande de compte établissement
      </PageTitle>
      <p className="mb-6 text-sm">
        Vous avez déjà un compte ?{' '}
        <Link href="/connexion" className="text-brand underline">
          Connectez-vous
        </Link>{' '}
        pour déposer un nouveau besoin. Une seule demande par adresse email ; plusieurs comptes peuvent être rattachés au
        même FINESS.
      </p>
      <AccountRequestForm submit={submitAccountRequestAction} />
    </div>
  );
}
