import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';

export const metadata: Metadata = { title: "Guides d'utilisation" };

const GUIDES = [
  {
    id: 'professionnel',
    title: 'Guide du professionnel volontaire',
    steps: [
      'Créez votre compte depuis « Je suis un professionnel disponible pour travailler en renfort », puis « Je n’ai pas de compte ».',
      'Activez votre compte avec le lien reçu par email (valable 72 heures) en choisissant votre mot de passe.',
      'Tenez votre fiche et vos périodes de disponibilité à jour ; le bouton « Disponible / Indisponible » vous retire de toutes les recherches en un geste.',
      'Vous recevez un email quand une ARS propose votre candidature à un établissement et quand un établissement valide votre affectation.',
    ],
  },
  {
    id: 'etablissement',
    title: 'Guide des établissements',
    steps: [
      'Demandez un compte avec votre numéro FINESS géographique et, si vous en avez, vos besoins de renfort.',
      'L’ARS de votre région valide votre demande : vous recevez alors un lien d’activation.',
      'Depuis le tableau de bord, « Nouveau besoin » décrit une mission, « Choisir » affiche les professionnels correspondants sur une carte et dans un tableau.',
      'Contactez un professionnel, puis validez ou refusez sa candidature : n’oubliez pas de mettre à jour le statut.',
    ],
  },
  {
    id: 'ars',
    title: 'Guide des ARS et du CCS',
    steps: [
      'Validez ou refusez les demandes de compte des établissements de votre région.',
      'Suivez les missions et le vivier de votre région ; en gestion de crise, proposez vous-même des professionnels aux établissements.',
      'Le CCS reçoit les alertes des ARS et peut ouvrir le vivier national pour une mission.',
    ],
  },
  {
    id: 'rpps',
    title: 'Guide des gestionnaires RPPS+',
    steps: [
      'Enregistrez les professionnels de vos établissements dans le répertoire RPPS en quatre étapes.',
      'Traitez les pré-enregistrements faits par les professionnels eux-mêmes.',
      'Modifiez un enregistrement existant : coordonnées, situations d’exercice, nom et prénom d’exercice.',
    ],
  },
];

export default function GuidesPage() {
  return (
    <div className="max-w-3xl space-y-8">
      <PageTitle>Guides d&apos;utilisation</PageTitle>
      {GUIDES.map((guide) => (
        <section key={guide.id} id={guide.id} aria-labelledby={`${guide.id}-title`} className="rounded-lg bg-white p-6">
          <h2 id={`${guide.id}-title`} className="text-xl font-bold">{guide.title}</h2>
          <ol className="mt-3 list-decimal space-y-2 pl-6">
            {guide.steps.map((step) => <li key={step}>{step}</li>)}
          </ol>
        </section>
      ))}
    </div>
  );
}
