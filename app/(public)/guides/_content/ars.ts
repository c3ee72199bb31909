import type { Guide } from './types';
import { regulatorSections } from './regulator-sections';

export const arsGuide: Guide = {
  slug: 'ars',
  title: 'Guide des agences régionales de santé (ARS)',
  audience: 'Agents des ARS : validation des comptes, pilotage du vivier et gestion de crise de leur région.',
  sections: [
    {
      id: 'compte',
      title: 'Votre compte',
      steps: [
        'Le CCS vous invite : vous recevez « Votre compte Renfort RH Crise a été créé » avec un lien valable 72 heures pour choisir votre mot de passe.',
        'Connectez-vous : votre tableau de bord montre votre région.',
        '« Mon compte » : nom, téléphone, mot de passe, adresse email et notifications (un email par heure au plus sur les nouvelles demandes de compte de votre région).',
      ],
    },
    ...regulatorSections('de votre région'),
    {
      id: 'alerte',
      title: 'Alerter le CCS',
      steps: [
        'Sur une mission que votre région ne peut pas pourvoir, « Alerte CCS » prévient le centre de crise sanitaire.',
        'Le CCS peut alors ouvrir le vivier national pour cette mission et proposer des professionnels d’autres régions.',
      ],
    },
    {
      id: 'administration',
      title: 'Administration',
      steps: [
        '« Administration » : invitez les gestionnaires RPPS+ des établissements de votre région ; « Renvoyer l’invitation » si le lien a expiré.',
        'Cherchez un compte par nom ou email ; désactivez-le avec une raison (ses sessions se terminent aussitôt, la personne est prévenue par email) ou réactivez-le.',
        'Un compte d’établissement peut être rattaché à un autre établissement de votre région, ou détaché, sans jamais rester sans établissement.',
      ],
    },
  ],
};
