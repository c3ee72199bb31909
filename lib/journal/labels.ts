// The journal's words (SPEC §15): every action code the code base writes with writeAudit, in French. A
// code missing here (written by a newer feature) is shown raw, never hidden; the select lists these.

export const JOURNAL_ACTION_LABELS: Readonly<Record<string, string>> = {
  'account-request.submitted': 'Demande de compte déposée',
  'account-request.email-in-use': 'Demande de compte avec une adresse déjà utilisée',
  'account-request.validated': 'Demande de compte validée',
  'account-request.refused': 'Demande de compte refusée',
  'account.activated': 'Compte activé',
  'account.anonymise': 'Compte anonymisé (inactivité)',
  'account.delete': 'Compte supprimé par son titulaire',
  'account.retention_warning': 'Avertissement avant anonymisation',
  'account.create-first': 'Premier compte CCS créé (admin:create)',
  'account.invite': 'Agent invité',
  'account.invitation-resend': 'Invitation renvoyée',
  'account.disable': 'Compte désactivé',
  'account.reactivate': 'Compte réactivé',
  'account.establishment-attach': 'Compte rattaché à un établissement',
  'account.establishment-detach': 'Compte détaché d’un établissement',
  'account.profile-update': 'Nom ou téléphone modifié (« Mon compte »)',
  'account.password-change': 'Mot de passe changé (« Mon compte »)',
  'account.email-change-request': 'Changement d’adresse email demandé',
  'account.email-change': 'Adresse email changée',
  'account.sign-out-everywhere': 'Déconnexion de tous les appareils',
  'account.notifications': 'Préférences de notification modifiées',
  'auth.sign-in.success': 'Connexion réussie',
  'auth.sign-in.failure': 'Échec de connexion',
  'auth.sign-in.refused': 'Connexion refusée (compte inactif)',
  'auth.sign-in.throttled': 'Connexion ralentie (trop d’échecs)',
  'auth.sign-in.delayed': 'Connexions ralenties après plusieurs échecs',
  'auth.sign-in.rate-limited': 'Connexions bloquées (trop de tentatives)',
  'auth.sign-out': 'Déconnexion',
  'password.reset-requested': 'Mot de passe oublié : lien demandé',
  'password.reset': 'Mot de passe réinitialisé',
  'candidacy.propose': 'Renfort proposé',
  'candidacy.withdraw': 'Proposition retirée',
  'candidacy.contact': 'Bénévole contacté',
  'candidacy.validate': 'Candidature validée',
  'candidacy.refuse': 'Candidature refusée',
  'candidacy.assign-on-behalf': 'Affectation pour le compte de l’établissement',
  'candidacy.expire': 'Réservation expirée',
  'crisis-mode.start': 'Mode crise activé',
  'crisis-mode.change': 'Mode crise modifié',
  'crisis-mode.end': 'Mode crise désactivé',
  'document.upload': 'Document déposé',
  'document.download': 'Document consulté',
  'document.delete': 'Document supprimé',
  'export.download': 'Export téléchargé',
  'import.establishment-accounts': 'Import de comptes d’établissements',
  'import.volunteers': 'Import de bénévoles',
  'mission.create': 'Mission créée',
  'mission.archive': 'Mission archivée',
  'mission.ccs-alert': 'Alerte CCS',
  'mission.national-pool': 'Vivier national ouvert',
  'professional.sign-up': 'Inscription d’un bénévole',
  'professional.sign-up-email-in-use': 'Inscription avec une adresse déjà utilisée',
  'professional.update': 'Fiche du bénévole modifiée',
  'professional.availability': 'Disponibilité modifiée',
  'professional.periods': 'Périodes de disponibilité modifiées',
  'professional.availability-confirmed': 'Disponibilité confirmée par le bénévole',
  'professional.checkin-sent': 'Relance « Êtes-vous toujours disponible ? » envoyée',
  'professional.checkin-confirmed': 'Disponibilité confirmée (réponse à la relance)',
  'national-settings.checkin-period': 'Période de relance des disponibilités modifiée',
  'professional.export': 'Export de ses données par le bénévole',
  'region.reservation-delay': 'Délai de réservation modifié',
  'rpps.pre-registration': 'Pré-inscription RPPS+ déposée',
  'rpps.pre-registration-abandoned': 'Pré-inscription RPPS+ abandonnée',
  'rpps.pre-registration-validated': 'Pré-inscription RPPS+ validée',
  'rpps.pre-registration-refused': 'Pré-inscription RPPS+ refusée',
  'rpps.registration-started': 'Enregistrement RPPS+ commencé',
  'rpps.registration-cancelled': 'Enregistrement RPPS+ annulé',
  'rpps.registration-sent': 'Enregistrement RPPS+ envoyé',
  'rpps.update-sent': 'Mise à jour RPPS+ envoyée',
  'rpps.directory-rejection': 'Demande RPPS+ rejetée par l’annuaire',
  'rpps.number-assigned': 'Numéro RPPS attribué',
  'rpps.record-updated': 'Fiche RPPS mise à jour',
};

/** The targets (audit_log.entity_type), in French. */
export const JOURNAL_ENTITY_LABELS: Readonly<Record<string, string>> = {
  AccountRequest: 'Demande de compte',
  Candidacy: 'Candidature',
  CrisisMode: 'Mode crise',
  Document: 'Document',
  Establishment: 'Établissement',
  Export: 'Export',
  Import: 'Import',
  Mission: 'Mission',
  NationalSettings: 'Paramètres nationaux',
  Professional: 'Bénévole',
  Region: 'Région',
  RppsRecord: 'Fiche RPPS',
  RppsRequest: 'Demande RPPS+',
  User: 'Compte',
};

export const JOURNAL_ACTION_CODES = Object.keys(JOURNAL_ACTION_LABELS).sort((a, b) => JOURNAL_ACTION_LABELS[a]!.localeCompare(JOURNAL_ACTION_LABELS[b]!, 'fr'));
export const JOURNAL_ENTITY_TYPES = Object.keys(JOURNAL_ENTITY_LABELS).sort((a, b) => JOURNAL_ENTITY_LABELS[a]!.localeCompare(JOURNAL_ENTITY_LABELS[b]!, 'fr'));

/** An action in French, or its code when it has no label yet. */
export function actionLabel(code: string): string {
  return Object.hasOwn(JOURNAL_ACTION_LABELS, code) ? JOURNAL_ACTION_LABELS[code]! : code;
}

export function entityLabel(type: string): string {
  return Object.hasOwn(JOURNAL_ENTITY_LABELS, type) ? JOURNAL_ENTITY_LABELS[type]! : type;
}
