// French messages of the RPPS+ domain, shared by the domain functions and their tests.
export const RPPS_MESSAGES = {
  alreadyProcessed: 'Cette demande a déjà été traitée, sans doute par un autre gestionnaire : la page est mise à jour.',
  noEstablishment: "Votre compte n'est rattaché à aucun établissement : contactez le support pour enregistrer des professionnels.",
  establishmentOutOfScope: 'Choisissez un établissement dans la liste.',
  stepNotReached: "Complétez d'abord les étapes précédentes.",
  incomplete: 'La demande est incomplète : vérifiez chaque étape avant de l’envoyer.',
  sameIdentity:
    "Ce professionnel semble déjà enregistré (même nom de naissance, prénoms et date de naissance) : recherchez-le dans « Modifier un enregistrement existant » et ajoutez-lui une situation d'exercice.",
  sameIdentityRefusal: 'Une personne de même état civil est déjà enregistrée dans le répertoire RPPS.',
  incompleteTechnical: 'Les données transmises sont incomplètes ou invalides.',
  situationClosed: "Cette situation d'exercice est déjà fermée.",
  endBeforeStart: 'La date de fin de fonction doit être égale ou postérieure à la date de prise de fonction.',
  nothingChanged: "Aucune modification : les valeurs saisies sont celles de l'enregistrement.",
  noManager: "Cet établissement n'a pas encore de gestionnaire RPPS+ : choisissez-en un autre ou rapprochez-vous de votre employeur.",
  rateLimited: 'Trop de demandes ont été envoyées depuis votre connexion. Réessayez dans une heure.',
  cannotAbandon: 'Cette demande a déjà été traitée : elle ne peut plus être abandonnée.',
  onlySituation:
    "C'est la seule situation d'exercice de ce professionnel : ajoutez d'abord la bonne situation, ou fermez celle-ci avec sa date de fin de fonction s'il a quitté l'établissement.",
  situationGone: "Cette situation d'exercice n'existe plus dans l'enregistrement.",
  notSentYet: "Le professionnel n'a pas encore envoyé cette demande : vous pourrez la vérifier quand il l'aura envoyée.",
  draftClosed: 'Cette demande a déjà été envoyée ou abandonnée : elle ne peut plus être modifiée.',
  unknownLink: "Ce lien n'est pas valide. Vérifiez qu'il a été copié en entier depuis l'email reçu.",
} as const;
