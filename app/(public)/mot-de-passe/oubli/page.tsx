import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { ResetRequestForm } from '@/components/auth/reset-request-form';

export const metadata: Metadata = { title: 'Mot de passe oublié' };

export default function ResetRequestPage() {
  return (
    <div className="mx-auto max-w-md">
      <PageTitle lead="Indiquez l'email de votre compte : vous recevrez un lien valable 72 heures pour choisir un nouveau mot de passe. Ce lien sert aussi à activer un compte dont vous n'avez pas reçu ou perdu le lien d'activation.">
        Mot de passe oublié
      </PageTitle>
      <ResetRequestForm />
    </div>
  );
}
