import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';

export const metadata: Metadata = { title: 'Mentions légales et données personnelles' };

export default function LegalPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <PageTitle>Mentions légales et données personnelles</PageTitle>
      <h2 className="text-xl font-bold">Conditions d&apos;utilisation</h2>
      <p>
        Renfort RH Crise met en relation, pendant une crise sanitaire, des professionnels de santé volontaires
        et des établissements qui ont besoin de renfort, sous la régulation des agences régionales de santé
        (ARS) et du centre de crise sanitaire (CCS). Les informations saisies doivent être exactes et tenues à jour.
      </p>
      <h2 className="text-xl font-bold">Données personnelles</h2>
      <p>
        Les données des professionnels sont visibles uniquement des établissements pour lesquels leur profil
        correspond à un besoin, de l&apos;ARS de la région de mobilisation choisie et du CCS. Elles sont conservées
        deux ans après la dernière activité du compte, puis anonymisées après un avertissement par email.
        Chaque professionnel peut télécharger ses données et supprimer son compte depuis son espace, sauf
        pendant une affectation en cours.
      </p>
    </article>
  );
}
