// The demo accounts of SPEC §13, listed in the README. One password for all of them.
export const DEMO_PASSWORD = 'Demo-Renfort-2026!';

export const DEMO_ACCOUNTS = {
  volunteer: 'benevole@demo.renfort.fr',
  establishment: 'etablissement@demo.renfort.fr',
  establishment2: 'etablissement2@demo.renfort.fr',
  otherEstablishment: 'autre-etablissement@demo.renfort.fr',
  arsOccitanie: 'ars-occitanie@demo.renfort.fr',
  arsIdf: 'ars-idf@demo.renfort.fr',
  ccs: 'ccs@demo.renfort.fr',
  rppsManager: 'rpps@demo.renfort.fr',
  /** RPPS+ manager of the Créteil FINESS (Île-de-France): the other side of the RPPS+ scope. */
  rppsManagerIdf: 'rpps-idf@demo.renfort.fr',
  /** An establishment account of Toulouse disabled by ARS Occitanie, with its reason (SPEC §15). */
  disabledEstablishment: 'desactive@demo.renfort.fr',
} as const;
