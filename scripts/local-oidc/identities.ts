// The demo identities of the local OpenID Connect provider (scripts/local-oidc/provider.ts). Plain data
// with no import, so that the README, the jest tests and the Playwright journeys can read them too.
// Each `label` is the accessible name of its button on the local login page.

export interface PscIdentity {
  key: string;
  label: string;
  sub: string;
  givenName: string;
  familyName: string;
  civility: 'M' | 'MME';
  /** Code of the profession in the RPPS nomenclature: "60" nurse, "10" doctor. */
  professionCode: string;
  /** The 11-digit RPPS number. */
  rpps: string;
  email?: string;
}

export interface ProConnectIdentity {
  key: string;
  label: string;
  sub: string;
  email: string;
  givenName: string;
  usualName: string;
  siret: string;
  /** The agent's identifier at their own identity provider. */
  uid: string;
}

export const pscIdentities: readonly PscIdentity[] = [
  {
    key: 'psc-lucie-bonnet',
    label: 'Lucie Bonnet — infirmière (RPPS 10101010101)',
    sub: 'psc-sub-lucie-bonnet',
    givenName: 'Lucie',
    familyName: 'Bonnet',
    civility: 'MME',
    professionCode: '60',
    rpps: '10101010101',
    email: 'benevole@demo.renfort.fr',
  },
  {
    key: 'psc-julien-vidal',
    label: 'Julien Vidal — gestionnaire RPPS+ (RPPS 10303030303)',
    sub: 'psc-sub-julien-vidal',
    givenName: 'Julien',
    familyName: 'Vidal',
    civility: 'M',
    professionCode: '10',
    rpps: '10303030303',
    email: 'rpps@demo.renfort.fr',
  },
  {
    key: 'psc-nina-morel',
    label: 'Nina Morel — infirmière (RPPS 10404040404)',
    sub: 'psc-sub-nina-morel',
    givenName: 'Nina',
    familyName: 'Morel',
    civility: 'MME',
    professionCode: '60',
    rpps: '10404040404',
    email: 'nina.morel@exemple.test',
  },
  {
    // No email, and an RPPS number no account holds: the sign-up step opens, and « Liez-le » links the
    // Créteil RPPS+ manager (rpps-idf@demo.renfort.fr) by its email and password.
    key: 'psc-claire-fabre',
    label: 'Claire Fabre — gestionnaire RPPS+ sans email (RPPS 10505050505)',
    sub: 'psc-sub-claire-fabre',
    givenName: 'Claire',
    familyName: 'Fabre',
    civility: 'MME',
    professionCode: '60',
    rpps: '10505050505',
  },
  {
    // Same RPPS number as Lucie Bonnet under another PSC subject: the app must not link both.
    key: 'psc-rpps-doublon',
    label: 'Léa Bonnet — infirmière (RPPS 10101010101, autre identité)',
    sub: 'psc-sub-rpps-doublon',
    givenName: 'Léa',
    familyName: 'Bonnet',
    civility: 'MME',
    professionCode: '60',
    rpps: '10101010101',
  },
];

// All three agents belong to the same (demo) administration, hence one SIRET.
const DEMO_SIRET = '13000548100010';

export const proConnectIdentities: readonly ProConnectIdentity[] = [
  {
    key: 'proconnect-helene-marty',
    label: 'Hélène Marty — ARS Occitanie',
    sub: 'pc-sub-helene-marty',
    email: 'ars-occitanie@demo.renfort.fr',
    givenName: 'Hélène',
    usualName: 'Marty',
    siret: DEMO_SIRET,
    uid: 'helene.marty',
  },
  {
    key: 'proconnect-inconnu',
    label: 'Paul Durand — agent sans compte',
    sub: 'pc-sub-inconnu',
    email: 'agent.inconnu@exemple.gouv.fr',
    givenName: 'Paul',
    usualName: 'Durand',
    siret: DEMO_SIRET,
    uid: 'paul.durand',
  },
  {
    key: 'proconnect-desactive',
    label: 'Jean Rouquette — compte désactivé',
    sub: 'pc-sub-desactive',
    email: 'desactive@demo.renfort.fr',
    givenName: 'Jean',
    usualName: 'Rouquette',
    siret: DEMO_SIRET,
    uid: 'jean.rouquette',
  },
];

/** PSC's national identifier of an RPPS holder: "8" then the RPPS number. */
export function pscNationalId(rpps: string): string {
  return `8${rpps}`;
}
