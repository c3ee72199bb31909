import type { Guide } from './types';
import { regulatorSections } from './regulator-sections';

export const ccsGuide: Guide = {
  slug: 'ccs',
  title: 'Guide du centre de crise sanitaire (CCS)',
  audience: 'Agents du CCS : le pays entier, les alertes des ARS, le vivier national et les comptes des agents.',
  sections: [
    {
      id: 'compte',
      title: 'Votre compte',
      steps: [
        'Le premier compte du CCS est créé par l’exploitant de la plateforme (commande « admin:create ») ; les suivants sont invités depuis « Administration ».',
        'Vous recevez « Votre compte Renfort RH Crise a été créé » avec un lien valable 72 heures pour choisir votre mot de passe.',
        '« Mon compte » : nom, téléphone, mot de passe, adresse email et notifications (un email à chaque « Alerte CCS » d’une ARS).',
      ],
    },
    {
      id: 'alertes',
      title: 'Traiter les alertes des ARS',
      steps: [
        '« Alertes » liste les missions pour lesquelles une ARS a levé une « Alerte CCS ».',
        'Ouvrez le vivier national de la mission : les professionnels d’autres régions à mobilisation « Nationale » deviennent candidats (« Vivier national ouvert »).',
        'Vous pouvez aussi proposer vous-même des professionnels de toute région.',
      ],
    },
    ...regulatorSections('du pays'),
    {
      id: 'administration',
      title: 'Administration',
      steps: [
        '« Administration » : invitez un agent d’ARS (avec sa région), un agent du CCS ou un gestionnaire RPPS+ (avec ses FINESS) ; « Renvoyer l’invitation » si le lien a expiré.',
        'Cherchez un compte par nom ou email, filtrez par rôle, région, statut ou dernière connexion.',
        'Désactivez un compte avec une raison (ses sessions se terminent aussitôt, la personne est prévenue par email) ou réactivez-le. Personne ne peut se désactiver soi-même, ni désactiver le dernier agent actif du CCS.',
      ],
    },
  ],
};
