import { proConnectIdentities, pscIdentities, pscNationalId, type ProConnectIdentity, type PscIdentity } from './identities';

// What differs between the two local issuers: their path, their callback at the app, their scopes and
// the claims each identity carries — in the shape Pro Santé Connect and ProConnect issue them.

export type IssuerName = 'psc' | 'proconnect';

export interface IssuerDefinition {
  name: IssuerName;
  /** Title of the local login page. */
  title: string;
  /** next-auth's callback route for this provider id. */
  callbackPath: string;
  /** oidc-provider's `claims` setting: which claims each scope releases. */
  claimsByScope: Record<string, readonly string[]>;
  identities: readonly { key: string; label: string; sub: string }[];
  /** The claims of the identity whose subject is `sub` (oidc-provider's account id). */
  claimsOf(sub: string): Record<string, unknown> | undefined;
}

export function pscClaims(identity: PscIdentity): Record<string, unknown> {
  const nationalId = pscNationalId(identity.rpps);
  return {
    sub: identity.sub,
    given_name: identity.givenName,
    family_name: identity.familyName,
    preferred_username: nationalId,
    SubjectNameID: nationalId,
    SubjectRefPro: {
      codeCivilite: identity.civility,
      exercices: [
        {
          codeProfession: identity.professionCode,
          codeCategorieProfessionnelle: 'C',
          nomDexercice: identity.familyName,
          prenomDexercice: identity.givenName,
          activities: [],
        },
      ],
    },
    ...(identity.email ? { email: identity.email } : {}),
  };
}

// The identity provider the agent came through, as ProConnect names it (a fixed demo value).
const DEMO_IDP_ID = '71144ab3-ee1a-4401-b7b3-79b44f7daeeb';

export function proConnectClaims(identity: ProConnectIdentity): Record<string, unknown> {
  return {
    sub: identity.sub,
    email: identity.email,
    given_name: identity.givenName,
    usual_name: identity.usualName,
    uid: identity.uid,
    siret: identity.siret,
    idp_id: DEMO_IDP_ID,
  };
}

export const pscIssuer: IssuerDefinition = {
  name: 'psc',
  title: 'Pro Santé Connect (local)',
  callbackPath: '/api/auth/callback/pro-sante-connect',
  // PSC releases everything under its single `scope_all`.
  claimsByScope: {
    openid: ['sub'],
    scope_all: ['given_name', 'family_name', 'preferred_username', 'SubjectNameID', 'SubjectRefPro', 'email'],
  },
  identities: pscIdentities,
  claimsOf(sub) {
    const identity = pscIdentities.find((candidate) => candidate.sub === sub);
    return identity && pscClaims(identity);
  },
};

export const proConnectIssuer: IssuerDefinition = {
  name: 'proconnect',
  title: 'ProConnect (local)',
  callbackPath: '/api/auth/callback/proconnect',
  // ProConnect has one scope per claim; idp_id also comes with `openid` here, so that the app, which asks
  // for `openid email given_name usual_name uid siret`, receives it without one more scope.
  claimsByScope: {
    openid: ['sub', 'idp_id'],
    email: ['email'],
    given_name: ['given_name'],
    usual_name: ['usual_name'],
    uid: ['uid'],
    siret: ['siret'],
    idp_id: ['idp_id'],
  },
  identities: proConnectIdentities,
  claimsOf(sub) {
    const identity = proConnectIdentities.find((candidate) => candidate.sub === sub);
    return identity && proConnectClaims(identity);
  },
};
