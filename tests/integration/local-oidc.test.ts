import { Issuer, custom } from 'openid-client';
import { getLocalOidcFault, setLocalOidcFault, type FaultKind } from '@/scripts/local-oidc/fault-control';
import { proConnectIdentities, pscIdentities } from '@/scripts/local-oidc/identities';
import { buttonLabels, choose, startFlow, type ClientSettings } from '../support/local-oidc-flow';
import { startLocalOidcProcess, type LocalOidcProcess } from '../support/local-oidc-process';

// The local Pro Santé Connect and ProConnect (scripts/local-oidc/) against openid-client 5, the client
// next-auth v4 uses: a real code flow with PKCE and nonce, the claims of each service, and every fault
// the end-to-end journeys rely on.

const APP_URL = 'http://localhost:3999';
let oidc: LocalOidcProcess;

beforeAll(async () => {
  oidc = await startLocalOidcProcess(APP_URL);
});

afterAll(async () => {
  await oidc?.stop();
});

function psc(): ClientSettings {
  return {
    issuer: oidc.env.PSC_ISSUER,
    clientId: oidc.env.PSC_CLIENT_ID,
    clientSecret: oidc.env.PSC_CLIENT_SECRET,
    redirectUri: `${APP_URL}/api/auth/callback/pro-sante-connect`,
    scope: 'openid scope_all',
  };
}

function proConnect(): ClientSettings {
  return {
    issuer: oidc.env.PROCONNECT_ISSUER,
    clientId: oidc.env.PROCONNECT_CLIENT_ID,
    clientSecret: oidc.env.PROCONNECT_CLIENT_SECRET,
    redirectUri: `${APP_URL}/api/auth/callback/proconnect`,
    scope: 'openid email given_name usual_name uid siret',
  };
}

async function signIn(settings: ClientSettings, identity: string) {
  const flow = await startFlow(settings);
  const callbackUrl = await choose(flow, { identity });
  const params = flow.client.callbackParams(callbackUrl);
  const tokens = await flow.client.callback(settings.redirectUri, params, flow.checks);
  return { flow, params, tokens };
}

test('the environment names the two issuers on loopback, with one client each', () => {
  expect(Object.keys(oidc.env).sort()).toEqual(['PROCONNECT_CLIENT_ID', 'PROCONNECT_CLIENT_SECRET', 'PROCONNECT_ISSUER', 'PSC_CLIENT_ID', 'PSC_CLIENT_SECRET', 'PSC_ISSUER']);
  expect(oidc.env.PSC_ISSUER).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/psc$/);
  expect(oidc.env.PROCONNECT_ISSUER).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/proconnect$/);
});

test('a PSC sign-in yields an RS256 ID token and userinfo with the PSC claims', async () => {
  const { flow, tokens } = await signIn(psc(), 'psc-lucie-bonnet');
  expect(flow.client.issuer.metadata.code_challenge_methods_supported).toEqual(['S256']);
  expect(JSON.parse(Buffer.from(tokens.id_token!.split('.')[0], 'base64url').toString()).alg).toBe('RS256');
  const claims = tokens.claims();
  expect(claims).toMatchObject({ sub: 'psc-sub-lucie-bonnet', given_name: 'Lucie', family_name: 'Bonnet', SubjectNameID: '810101010101', preferred_username: '810101010101', email: 'benevole@demo.renfort.fr' });
  expect(claims.SubjectRefPro).toMatchObject({ codeCivilite: 'MME', exercices: [{ codeProfession: '60', codeCategorieProfessionnelle: 'C', nomDexercice: 'Bonnet', prenomDexercice: 'Lucie' }] });
  const userinfo = await flow.client.userinfo(tokens);
  expect(userinfo).toMatchObject({ sub: 'psc-sub-lucie-bonnet', SubjectNameID: '810101010101', SubjectRefPro: claims.SubjectRefPro });
});

test('a PSC identity without email has no email claim, and its own subject for a shared RPPS number', async () => {
  const { tokens } = await signIn(psc(), 'psc-rpps-doublon');
  const claims = tokens.claims();
  expect(claims).toMatchObject({ sub: 'psc-sub-rpps-doublon', given_name: 'Léa', SubjectNameID: '810101010101' });
  expect(claims).not.toHaveProperty('email');
});

test('a ProConnect sign-in yields the ProConnect claims, also from userinfo', async () => {
  const { flow, tokens } = await signIn(proConnect(), 'proconnect-helene-marty');
  const expected = { sub: 'pc-sub-helene-marty', email: 'ars-occitanie@demo.renfort.fr', given_name: 'Hélène', usual_name: 'Marty', uid: 'helene.marty', siret: '13000548100010' };
  expect(tokens.claims()).toMatchObject(expected);
  expect(tokens.claims().idp_id).toEqual(expect.any(String));
  expect(await flow.client.userinfo(tokens)).toMatchObject(expected);
});

test('each login page lists its own identities by label, in French', async () => {
  const pscPage = (await startFlow(psc())).loginPage.html;
  expect(pscPage).toContain('<html lang="fr">');
  expect(pscPage).toContain('<title>Pro Santé Connect (local)</title>');
  expect(pscPage).toContain("Fournisseur d&#39;identité local pour le développement et les tests");
  expect(buttonLabels(pscPage)).toEqual([...pscIdentities.map((identity) => identity.label), 'Annuler']);
  const proConnectPage = (await startFlow(proConnect())).loginPage.html;
  expect(proConnectPage).toContain('<title>ProConnect (local)</title>');
  expect(buttonLabels(proConnectPage)).toEqual([...proConnectIdentities.map((identity) => identity.label), 'Annuler']);
});

test('a second sign-in in the same browser asks for the identity again', async () => {
  const { flow } = await signIn(psc(), 'psc-lucie-bonnet');
  const again = await startFlow(psc(), flow.browser);
  const params = again.client.callbackParams(await choose(again, { identity: 'psc-nina-morel' }));
  const tokens = await again.client.callback(psc().redirectUri, params, again.checks);
  expect(tokens.claims().sub).toBe('psc-sub-nina-morel');
});

test('an identity of the other issuer is refused', async () => {
  const flow = await startFlow(psc());
  await expect(choose(flow, { identity: 'proconnect-helene-marty' })).rejects.toThrow(/HTTP 400/);
});

test('« Annuler » returns access_denied to the app', async () => {
  const flow = await startFlow(proConnect());
  const callback = new URL(await choose(flow, 'cancel'));
  expect(callback.searchParams.get('error')).toBe('access_denied');
  expect(callback.searchParams.get('state')).toBe(flow.checks.state);
});

test('a code is single use', async () => {
  const { flow, params } = await signIn(psc(), 'psc-nina-morel');
  await expect(flow.client.callback(psc().redirectUri, params, flow.checks)).rejects.toMatchObject({ error: 'invalid_grant' });
});

test('the client may authenticate with client_secret_post, never with a wrong secret', async () => {
  const { tokens } = await signIn({ ...proConnect(), tokenEndpointAuthMethod: 'client_secret_post' }, 'proconnect-inconnu');
  expect(tokens.claims()).toMatchObject({ sub: 'pc-sub-inconnu', email: 'agent.inconnu@exemple.gouv.fr' });
  await expect(signIn({ ...proConnect(), clientSecret: 'not-the-secret' }, 'proconnect-inconnu')).rejects.toMatchObject({ error: 'invalid_client' });
});

test('the token endpoint requires the PKCE verifier', async () => {
  const flow = await startFlow(psc());
  const params = flow.client.callbackParams(await choose(flow, { identity: 'psc-nina-morel' }));
  await expect(flow.client.callback(psc().redirectUri, params, { ...flow.checks, code_verifier: 'x'.repeat(43) })).rejects.toMatchObject({ error: 'invalid_grant' });
});

describe.each<[FaultKind, RegExp]>([
  ['bad-signature', /failed to validate JWT signature/],
  ['wrong-audience', /aud mismatch, expected renfort-rh-crise-local, got: another-client/],
  ['wrong-nonce', /nonce mismatch/],
  ['expired', /JWT expired/],
])('the one-shot fault %s', (kind, message) => {
  test('makes the next callback fail, then the following sign-in works', async () => {
    await setLocalOidcFault(oidc.controlUrl, kind);
    await expect(signIn(psc(), 'psc-julien-vidal')).rejects.toThrow(message);
    expect(await getLocalOidcFault(oidc.controlUrl)).toBe('none');
    const { tokens } = await signIn(psc(), 'psc-julien-vidal');
    expect(tokens.claims()).toMatchObject({ sub: 'psc-sub-julien-vidal', SubjectRefPro: { codeCivilite: 'M', exercices: [{ codeProfession: '10' }] } });
  });
});

test('down makes both issuers answer 503 until it is set back to none', async () => {
  await setLocalOidcFault(oidc.controlUrl, 'down');
  try {
    await expect(Issuer.discover(oidc.env.PSC_ISSUER)).rejects.toThrow(/503/);
    await expect(Issuer.discover(oidc.env.PROCONNECT_ISSUER)).rejects.toThrow(/503/);
  } finally {
    await setLocalOidcFault(oidc.controlUrl, 'none');
  }
  await expect(Issuer.discover(oidc.env.PSC_ISSUER)).resolves.toBeInstanceOf(Issuer);
});

test('slow makes discovery outlast the client timeout', async () => {
  await setLocalOidcFault(oidc.controlUrl, 'slow');
  // openid-client's default is 3.5 s and the provider waits 15 s: a 1 s timeout shows the same, sooner.
  custom.setHttpOptionsDefaults({ timeout: 1000 });
  try {
    await expect(Issuer.discover(oidc.env.PROCONNECT_ISSUER)).rejects.toThrow(/timed out/);
  } finally {
    custom.setHttpOptionsDefaults({ timeout: 3500 });
    await setLocalOidcFault(oidc.controlUrl, 'none');
  }
  await expect(Issuer.discover(oidc.env.PROCONNECT_ISSUER)).resolves.toBeInstanceOf(Issuer);
});

test('the control endpoint refuses unknown kinds and non-JSON bodies', async () => {
  const post = (body: string, type: string) => fetch(oidc.controlUrl, { method: 'POST', headers: { 'content-type': type }, body });
  expect((await post(JSON.stringify({ kind: 'sideways' }), 'application/json')).status).toBe(400);
  expect((await post('kind=down', 'application/x-www-form-urlencoded')).status).toBe(415);
  expect(await (await fetch(oidc.controlUrl)).json()).toEqual({ kind: 'none' });
});
