import { certifiedIdentity, proConnectIdentity, pscIdentity, storedIdentity } from '@/lib/federation/claims';
import { professionFromPscCode } from '@/lib/federation/psc-professions';
import { federationErrorMessage } from '@/lib/federation/messages';

// What Pro Santé Connect and ProConnect certify, read from their claims (SPEC §16).

const PSC_CLAIMS = {
  sub: 'psc-sub-1',
  given_name: 'Lucie',
  family_name: 'Bonnet',
  preferred_username: '810101010101',
  SubjectNameID: '810101010101',
  SubjectRefPro: { codeCivilite: 'MME', exercices: [{ codeProfession: '60', codeCategorieProfessionnelle: 'C' }] },
  email: ' Benevole@Demo.Renfort.FR ',
};

describe('pscIdentity', () => {
  it('reads the names, the RPPS number behind PSC’s national identifier, the profession and the email', () => {
    expect(pscIdentity(PSC_CLAIMS)).toEqual({
      provider: 'PRO_SANTE_CONNECT',
      subject: 'psc-sub-1',
      firstName: 'Lucie',
      lastName: 'Bonnet',
      email: 'benevole@demo.renfort.fr',
      rppsNumber: '10101010101',
      professionCode: 'NURSE',
    });
  });

  it('certifies no profession it does not know, and no email that is not one', () => {
    const identity = pscIdentity({ ...PSC_CLAIMS, SubjectRefPro: { exercices: [{ codeProfession: '99' }] }, email: 'pas un email' });
    expect(identity).toMatchObject({ professionCode: null, email: null, rppsNumber: '10101010101' });
    expect(pscIdentity({ ...PSC_CLAIMS, SubjectRefPro: undefined, email: undefined })).toMatchObject({ professionCode: null, email: null });
  });

  it('refuses claims without what PSC always certifies', () => {
    expect(pscIdentity({ ...PSC_CLAIMS, SubjectNameID: '10101010101' })).toBeNull(); // not « 8 » + 11 digits
    expect(pscIdentity({ ...PSC_CLAIMS, SubjectNameID: '8ABCDEFGHIJK' })).toBeNull();
    expect(pscIdentity({ ...PSC_CLAIMS, family_name: ' ' })).toBeNull();
    expect(pscIdentity({ ...PSC_CLAIMS, sub: '' })).toBeNull();
    expect(pscIdentity(null)).toBeNull();
  });
});

describe('proConnectIdentity', () => {
  const claims = { sub: 'pc-1', email: 'Ars-Occitanie@Demo.Renfort.FR', given_name: 'Hélène', usual_name: 'Marty', siret: '13000548100010' };

  it('reads the email (lower-case) and the names', () => {
    expect(proConnectIdentity(claims)).toEqual({
      provider: 'PROCONNECT',
      subject: 'pc-1',
      firstName: 'Hélène',
      lastName: 'Marty',
      email: 'ars-occitanie@demo.renfort.fr',
      rppsNumber: null,
      professionCode: null,
    });
    expect(certifiedIdentity('PROCONNECT', claims)).toEqual(proConnectIdentity(claims));
  });

  it('refuses claims without an email: the email is what links an agent', () => {
    expect(proConnectIdentity({ ...claims, email: undefined })).toBeNull();
    expect(proConnectIdentity({ ...claims, email: 'agent' })).toBeNull();
  });
});

describe('storedIdentity', () => {
  it('reads back what an intent stored, and nothing malformed', () => {
    const identity = pscIdentity(PSC_CLAIMS)!;
    expect(storedIdentity(JSON.parse(JSON.stringify(identity)))).toEqual(identity);
    expect(storedIdentity({ ...identity, rppsNumber: '123' })).toBeNull();
    expect(storedIdentity({ ...identity, provider: 'FRANCECONNECT' })).toBeNull();
  });
});

describe('professionFromPscCode', () => {
  it('maps the RPPS profession codes we are sure of', () => {
    expect([professionFromPscCode('10'), professionFromPscCode('21'), professionFromPscCode('40'), professionFromPscCode('50'), professionFromPscCode('60'), professionFromPscCode('70')]).toEqual([
      'DOCTOR',
      'PHARMACIST',
      'DENTIST',
      'MIDWIFE',
      'NURSE',
      'PHYSIOTHERAPIST',
    ]);
    expect(professionFromPscCode('toString')).toBeNull();
    expect(professionFromPscCode(undefined)).toBeNull();
  });
});

describe('federationErrorMessage', () => {
  it('says in French what happened, that nothing was linked, and where to ask', () => {
    expect(federationErrorMessage('RPPS_TAKEN', 'support@exemple.fr')).toBe(
      'Ce numéro RPPS est déjà rattaché à un autre compte. Rien n’a été lié à votre compte. S’il s’agit bien de votre numéro, écrivez au support : support@exemple.fr.',
    );
    expect(federationErrorMessage('RPPS_CONFLICT', 'support@exemple.fr')).toBe(
      'Votre numéro RPPS est enregistré sur un autre compte que celui de votre adresse email. Rien n’a été lié à votre compte. Écrivez au support : support@exemple.fr, qui vérifiera avec vous lequel des deux comptes est le vôtre.',
    );
    expect(federationErrorMessage('OAuthCallback')).toContain('n’a pas pu être vérifiée');
    expect(federationErrorMessage('OAuthSignin')).toContain('ne répond pas');
    expect(federationErrorMessage('constructor')).toContain('La connexion n’a pas abouti');
    expect(federationErrorMessage(null)).toBeNull();
  });
});
