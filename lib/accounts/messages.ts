// The French messages of « Administration » (SPEC §15), shared by the domain functions and their tests.
export const ACCOUNT_MESSAGES = {
  emailTaken: 'Cette adresse est déjà utilisée par un compte.',
  notSelf: 'Vous ne pouvez pas désactiver votre propre compte.',
  lastCcs: 'C’est le dernier agent CCS actif : invitez-en un autre avant de désactiver ce compte.',
  notActive: 'Ce compte n’est pas actif.',
  notDisabled: 'Ce compte n’est pas désactivé.',
  alreadyActivated: 'Ce compte est déjà activé : la personne peut demander un nouveau mot de passe depuis la page de connexion.',
  notEstablishmentAccount: 'Seuls les comptes établissement et gestionnaire RPPS+ sont rattachés à des établissements.',
  establishmentUnknown: 'Aucun établissement de votre périmètre ne porte ce numéro FINESS.',
  alreadyAttached: 'Ce compte est déjà rattaché à cet établissement.',
  lastEstablishment: 'Un compte établissement reste rattaché à au moins un établissement : rattachez-le d’abord à un autre.',
  agentsByCcs: 'Les comptes des agents ARS et CCS sont administrés par le CCS.',
  roleNotAllowed: 'Vous ne pouvez pas inviter ce type de compte.',
  volunteerReserved:
    'Ce bénévole est réservé pour une mission (« En cours » ou « Contacté ») : libérez la réservation (« Libérer ») ou retirez la proposition (« Retirer ») dans « Candidatures » ci-dessus, avant de désactiver son compte.',
  volunteerReservedElsewhere:
    'Ce bénévole est réservé pour une mission d’une autre région (« En cours » ou « Contacté ») : l’ARS de cette région, ou le CCS, peut libérer la réservation ou retirer la proposition. Son compte pourra être désactivé ensuite.',
} as const;
