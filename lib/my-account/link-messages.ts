/** What the confirmation page and its action say of a link that cannot change the email (French, SPEC §15). */
export const EMAIL_LINK_MESSAGES = {
  used: 'Ce lien a déjà été utilisé.',
  expired: 'Ce lien a expiré : il est valable 72 heures. Demandez un nouveau lien depuis « Mon compte ».',
  unknown: 'Ce lien n’est pas valide. Demandez un nouveau lien depuis « Mon compte ».',
  taken: 'Cette adresse email est désormais utilisée par un autre compte : votre adresse n’a pas changé.',
} as const;
