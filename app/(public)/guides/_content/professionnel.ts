import type { Guide } from './types';

export const professionalGuide: Guide = {
  slug: 'professionnel',
  title: 'Guide du professionnel volontaire',
  audience: 'Professionnels de santé, étudiants et retraités qui se portent volontaires pour un renfort.',
  sections: [
    {
      id: 'creer',
      title: 'Créer son compte',
      steps: [
        'Sur la page d’accueil, cliquez sur « Je suis un professionnel disponible pour travailler en renfort », puis sur « Je n’ai pas de compte ».',
        'Remplissez les champs marqués d’une * : « Nom », « Prénom », « Courriel » (vérifiez-le : c’est là que tout vous sera envoyé, et il ne sert qu’à un seul compte), « Téléphone », « Code postal », « Ville ».',
        '« Région » : la région où vous souhaitez être mobilisé(e) en priorité, pas forcément celle où vous habitez ; elle oriente votre candidature.',
        '« Profession », « Type d’activité », « Type d’identifiant » (RPPS, ADELI ou Aucun) et, le cas échéant, « Numéro d’identifiant ». Les étudiants choisissent « Étudiant » comme type d’activité.',
        'Cochez « Véhicule personnel » et vos expériences (EHPAD, réanimation, vaccination) si elles s’appliquent.',
        'Ajoutez vos périodes de disponibilité : « Date de début » obligatoire, « Date de fin » vide s’il n’y en a pas ; « Disponible en semaine » et/ou « Disponible le week-end ». Ajoutez autant de périodes que nécessaire.',
        '« Mobilisation » : Locale (30 km autour de votre code postal), Départementale, Régionale ou Nationale.',
        'Joignez votre « Pièce d’identité » et votre « Diplôme » (PDF, DOC, DOCX, JPG ou PNG, 5 Mo au plus chacun).',
        'Acceptez les conditions d’utilisation et le traitement de vos données, puis cliquez sur « Valider ». Une fenêtre confirme l’enregistrement.',
      ],
    },
    {
      id: 'activer',
      title: 'Activer son compte',
      steps: [
        'Vous recevez deux emails : « Votre inscription comme renfort est enregistrée », puis « Activez votre compte Renfort RH Crise ». Pensez à vérifier vos courriers indésirables.',
        'Cliquez sur « Activer mon compte » : le lien est valable 72 heures et ne sert qu’une fois.',
        'Choisissez votre mot de passe dans « Nouveau mot de passe » et « Confirmation du nouveau mot de passe » : au moins 12 caractères, dont une majuscule, une minuscule, un chiffre et un caractère spécial.',
        'Lien expiré ou non reçu : sur la page de connexion, cliquez sur « Avez-vous oublié votre mot de passe ou perdu/non reçu le lien d’activation ? », saisissez votre email, puis « Réinitialiser le mot de passe ».',
      ],
    },
    {
      id: 'connexion',
      title: 'Se connecter',
      steps: [
        'Cliquez sur « Compte », puis « S’authentifier ».',
        'Saisissez l’« Email de l’utilisateur » et le « Mot de passe » ; cochez « Garder la session ouverte » sur votre propre appareil seulement ; cliquez sur « Connexion ».',
        'Vous arrivez sur votre tableau de bord : votre statut, votre bouton « Disponible / Indisponible » et vos affectations.',
      ],
    },
    {
      id: 'fiche',
      title: 'Tenir sa fiche à jour',
      steps: [
        '« Ma fiche » : tous les champs se modifient ; « Valider » enregistre, « Annuler » abandonne les modifications.',
        '« Mes disponibilités » : ajoutez, modifiez ou supprimez vos périodes. Tenez-les à jour : les établissements vous trouvent d’après elles.',
        '« Mes documents » : remplacez votre pièce d’identité ou votre diplôme.',
        'Le bouton « Disponible / Indisponible » vous retire de toutes les recherches en un geste, et vous y remet de même.',
        '« Mon compte » : votre nom, votre téléphone, votre mot de passe et votre adresse email (un lien de confirmation est envoyé à la nouvelle adresse).',
      ],
    },
    {
      id: 'suivi',
      title: 'Suivre sa candidature',
      steps: [
        'Votre statut : « Disponible » (libre), « En cours » (une ARS vous a proposé(e) à un établissement), « Contacté » (un établissement échange avec vous), « Affecté » (mission confirmée), « Indisponible ».',
        'C’est l’établissement qui vous contacte. Quand une ARS ou le CCS propose votre candidature, vous recevez « Votre candidature a été proposée à un établissement ».',
        'Quand l’établissement valide votre venue, vous recevez « Affectation sur une mission de renfort », avec les dates et l’adresse du compte qui a validé.',
      ],
    },
    {
      id: 'donnees',
      title: 'Mes données',
      steps: [
        '« Mes données » : téléchargez toutes vos données en un fichier.',
        'Vous pouvez y supprimer votre compte en tapant « SUPPRIMER », sauf pendant une affectation en cours.',
        'Sans activité pendant 2 ans, vous êtes prévenu(e) par email avant l’anonymisation de vos données.',
      ],
    },
  ],
};
