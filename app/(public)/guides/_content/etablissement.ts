import type { Guide } from './types';

export const establishmentGuide: Guide = {
  slug: 'etablissement',
  title: 'Guide des établissements',
  audience: 'Hôpitaux, EHPAD, services médico-sociaux et centres de vaccination qui ont besoin de renfort.',
  sections: [
    {
      id: 'demande',
      title: 'Demander un compte',
      steps: [
        'Sur la page d’accueil, cliquez sur « Je suis une structure sanitaire, sociale ou médico-sociale et j’ai besoin de renfort », puis sur « Je n’ai pas de compte ».',
        'Renseignez le demandeur (« Nom », « Prénom », « Courriel », « Téléphone ») et l’établissement : « Catégorie établissement », « N° FINESS géographique » (un centre de vaccination donne son GID), « Nom établissement », « Adresse », « Code postal », « Ville », « Région de rattachement » (elle désigne l’ARS qui validera).',
        'Décrivez vos besoins (« Ajouter une mission ») ou cochez « Je n’ai pas de besoin immédiat ».',
        'Cliquez sur « Valider ». Vous recevez « Demande de renfort prise en compte » : le compte sera activé sous 72 h, votre login est votre email. Ne refaites pas de demande avec le même email.',
        'Chaque personne a son propre compte ; tous les comptes d’un même FINESS géographique voient les mêmes besoins et candidats.',
      ],
    },
    {
      id: 'activation',
      title: 'Activer son compte',
      steps: [
        'Quand l’ARS de votre région (ou le CCS) a validé la demande, vous recevez « Activez votre compte Renfort RH Crise » avec un lien valable 72 heures.',
        'Choisissez votre mot de passe (12 caractères au moins, dont une majuscule, une minuscule, un chiffre et un caractère spécial).',
        'Lien expiré ou non reçu : « Avez-vous oublié votre mot de passe ou perdu/non reçu le lien d’activation ? » sur la page de connexion.',
      ],
    },
    {
      id: 'tableau-de-bord',
      title: 'Le tableau de bord',
      steps: [
        'Le tableau liste les missions de vos établissements : « Nombre », « Profession », « Date de début », « Date de fin », les critères et « Action ».',
        '« POURVUE x/n » compte les renforts validés sur le nombre demandé. « Choisir » ouvre les candidats ; une mission pourvue affiche « Voir ».',
        'Les missions dont la date de fin est passée sont archivées automatiquement ; seules l’ARS et le CCS archivent une mission.',
      ],
    },
    {
      id: 'besoin',
      title: 'Déposer un nouveau besoin',
      steps: [
        'Cliquez sur « Nouveau besoin ».',
        'Pour chaque mission : « Date de début », « Date de fin », « Profession demandée », « Spécialité », « Nombre », « Précisions », et les critères « Véhicule personnel », « Disponible week-end », « Expérience en EHPAD », « Expérience en réanimation », « Aide pour la vaccination ».',
        'Plusieurs missions peuvent être créées d’un coup ; cliquez sur « Valider ».',
      ],
    },
    {
      id: 'choisir',
      title: 'Choisir et contacter des renforts',
      steps: [
        'Cliquez sur « Choisir » : une carte (votre établissement en vert, les candidats en bleu) et un tableau des professionnels qui correspondent, les plus disponibles sur vos dates en premier.',
        'Filtrez le tableau sur chaque colonne ; la carte suit les filtres. L’icône d’action ouvre la fiche du candidat (coordonnées, pièces) dans un nouvel onglet.',
        '« Contacter » réserve le professionnel pour votre mission : son statut devient « Contacté » et aucun autre établissement ne peut le contacter. Ne bloquez pas tous les candidats !',
        'Appelez ou écrivez au professionnel pour convenir de sa venue.',
      ],
    },
    {
      id: 'valider',
      title: 'Valider ou refuser',
      steps: [
        'Cochez les professionnels « Contacté » par vous pour cette mission, puis « Valider les candidatures » ou « Refuser les candidatures ».',
        'Valider : le professionnel est « Affecté » et reçoit l’email de confirmation. Refuser : il redevient « Disponible » pour les autres, sans email.',
        'N’oubliez pas de mettre à jour le statut : une réservation sans réponse est signalée, puis libérée automatiquement à la fin du délai fixé par l’ARS (72 h par défaut).',
        'Une mission pourvue : « Refuser les autres contactés » libère d’un clic ceux que vous ne retenez pas.',
      ],
    },
    {
      id: 'crise',
      title: 'En gestion de crise',
      steps: [
        'Quand l’ARS passe votre région (ou une profession) en « Gestion de crise », vous ne voyez plus que les professionnels qu’elle vous propose, au statut « En cours ».',
        'Vous recevez alors « Nouvelles propositions de renfort pour votre mission » ; contactez, validez ou refusez comme d’habitude.',
        '« Voir affectation professionnels » (« Affectations ») liste toutes les candidatures de vos missions, avec qui les a poussées.',
      ],
    },
  ],
};
