// French messages of the account-request domain, shared by the actions, the pages and the tests.

export const ACCOUNT_REQUEST_MESSAGES = {
  rateLimited: 'Trop de demandes de compte depuis cette connexion. Réessayez dans une heure.',
  unknownPostalCode: 'Code postal inconnu.',
  alreadyDecided: 'Cette demande a déjà été traitée, sans doute par un autre agent : la liste est mise à jour.',
  emailTaken: "Un compte existe déjà avec l'email de cette demande : elle ne peut pas être validée. Refusez-la en indiquant ce motif.",
  unreadableMissions: 'Les missions de cette demande sont illisibles : elle ne peut pas être validée. Refusez-la en indiquant ce motif.',
  otherRegionEstablishment:
    "Ce numéro identifie un établissement déjà inscrit dans une autre région : seule l'ARS de cette région ou le CCS peut y rattacher un compte.",
} as const;
