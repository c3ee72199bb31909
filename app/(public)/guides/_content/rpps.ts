import type { Guide } from './types';

export const rppsGuide: Guide = {
  slug: 'rpps',
  title: 'Guide des gestionnaires RPPS+',
  audience: 'Gestionnaires RPPS+ : l’enregistrement au répertoire RPPS des professionnels de leurs établissements.',
  sections: [
    {
      id: 'acces',
      title: 'Accéder au portail RPPS+',
      steps: [
        'Votre ARS ou le CCS vous invite : vous recevez « Votre compte Renfort RH Crise a été créé » avec un lien valable 72 heures.',
        'Connectez-vous : l’accueil propose trois blocs, « Ajouter l’enregistrement d’une nouvelle personne », « Traiter les demandes d’enregistrement en cours » et « Modifier un enregistrement existant ».',
      ],
    },
    {
      id: 'enregistrer',
      title: 'Enregistrer un professionnel',
      steps: [
        'Étape 1, État civil : civilité, sexe, nom de naissance, nom d’usage, tous les prénoms de l’état civil, date, pays et commune de naissance (le nom de la commune, pas son code postal).',
        'Étape 2, Données de contact : adresse email, téléphone mobile avec son indicatif.',
        'Étape 3, Situation d’exercice : nom et prénom d’exercice, établissement (par FINESS ou par nom), profession, rôle, mode d’exercice, date de prise de fonction.',
        'Étape 4, Informations légales : acceptez les conditions et cochez « Je confirme que j’ai rencontré le professionnel pour recueillir ses données personnelles et professionnelles ».',
        '« Sauvegarder et revenir à l’étape précédente » revient en arrière sans rien perdre ; « Annuler la demande » abandonne.',
        'Le récapitulatif donne le numéro de demande (P suivi de la date) et le statut « Envoyée au RPPS » ; le professionnel reçoit son numéro RPPS par email.',
      ],
    },
    {
      id: 'pre-enregistrements',
      title: 'Traiter les pré-enregistrements',
      steps: [
        'Un professionnel peut saisir lui-même ses données ; sa demande attend « En cours d’instruction ».',
        'S’il l’a enregistrée sans l’envoyer, elle est « Saisie par le professionnel » : vous la verrez, mais vous ne pourrez la traiter qu’une fois envoyée.',
        '« Voir les demandes » : cherchez par nom, filtrez par statut et par procédure, ou par FINESS.',
        'Vérifiez la demande ; « Corriger les données de contact et d’exercice » si besoin (l’état civil ne peut pas être modifié : s’il est inexact, refusez la demande avec le motif).',
        'Cochez « Je confirme que j’ai rencontré le professionnel… » puis validez (« Envoyée au RPPS ») ou refusez (« Refusée par l’autorité d’enregistrement »).',
      ],
    },
    {
      id: 'modifier',
      title: 'Modifier un enregistrement existant',
      steps: [
        'Retrouvez le professionnel par son numéro RPPS, son nom ou son prénom d’exercice.',
        'Modifiez ses données de contact, fermez une situation d’exercice (date de fin obligatoire), ajoutez-en une, ou changez le nom et prénom d’exercice.',
        'Une situation enregistrée par erreur (mauvaise personne, mauvais établissement, doublon) s’annule avec « Annuler la situation », motif obligatoire ; vous pouvez corriger ses données de contact dans la même demande. La seule situation d’un professionnel ne s’annule pas.',
        'Chaque modification est une demande, avec sa procédure et son statut ; le numéro RPPS ne change jamais.',
      ],
    },
  ],
};
