import type { GuideSection } from './types';

// The screens the ARS and the CCS share (SPEC §7): the same pages, on a region or on the whole country.

export function regulatorSections(scope: 'de votre région' | 'du pays'): GuideSection[] {
  return [
    {
      id: 'demandes',
      title: 'Valider les comptes des établissements',
      steps: [
        `« Demandes de compte » liste les demandes en attente ${scope}, chacune avec ses missions.`,
        '« Valider » crée le ou les comptes, l’établissement s’il est nouveau et les missions, et envoie le lien d’activation (72 heures).',
        '« Refuser » demande une raison, envoyée par email au demandeur.',
        '« Imports » : créez des comptes en nombre à partir du tableau de l’Annexe 2 (xlsx ou csv) ; un aperçu montre les erreurs de chaque ligne, puis l’import se fait en entier ou pas du tout.',
      ],
    },
    {
      id: 'missions',
      title: 'Suivre les missions et le vivier',
      steps: [
        `« Missions » : les missions ${scope}, filtrables et triables ; « POURVUE x/n », « Proposer », l’archivage et l’« Alerte ».`,
        `« Bénévoles » : les professionnels ${scope}, avec leur statut et leur fiche.`,
        '« Affectations » : toutes les candidatures, qui les a poussées et où elles en sont.',
        '« Établissements » : chaque établissement, ses comptes (nom, email, téléphone, dernière connexion) et ses missions, même sans besoin ouvert.',
      ],
    },
    {
      id: 'proposer',
      title: 'Proposer des renforts',
      steps: [
        'Depuis une mission, « Proposer » affiche les professionnels qui correspondent ; cochez-les et proposez-les.',
        'Ils passent « En cours », réservés pour la mission ; l’établissement reçoit « Nouvelles propositions de renfort pour votre mission » et chaque professionnel un email.',
        'L’établissement contacte, valide ou refuse ensuite ; vous pouvez retirer une proposition, ou déclarer un professionnel « Affecté » pour le compte de l’établissement.',
      ],
    },
    {
      id: 'crise',
      title: 'Gestion de crise',
      steps: [
        '« Gestion de crise » bascule une région pour toutes les professions ou pour une liste choisie ; chaque bascule est enregistrée et s’applique aussitôt.',
        'Tant qu’elle s’applique, les établissements ne voient plus que les professionnels que vous leur proposez.',
        '« Paramètres » : le délai de réservation (72 h par défaut) après lequel une réservation sans réponse est libérée.',
      ],
    },
    {
      id: 'pilotage',
      title: 'Indicateurs et exports',
      steps: [
        '« Indicateurs » : missions ouvertes, postes demandés et pourvus, professionnels disponibles par profession et département, délai jusqu’à la première affectation.',
        '« Exports » : missions, professionnels et affectations en xlsx ou csv.',
        '« Journal » : qui a fait quoi et quand, filtrable par date, auteur, action et cible, exportable en csv.',
      ],
    },
  ];
}
