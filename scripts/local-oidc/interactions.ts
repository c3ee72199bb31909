import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors, type Provider } from 'oidc-provider';
import type { IssuerDefinition } from './issuers';
import { readBody, sendHtml } from './http';
import { errorPage, loginPage } from './pages';

// The login step of the local issuers: a page listing the demo identities, then the choice handed back
// to oidc-provider. There is no consent screen: the grant covers every scope the app asked for, as the
// real services do for a registered client.

const MAX_FORM_BYTES = 10_000;

export async function handleInteraction(provider: Provider, issuer: IssuerDefinition, req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
  try {
    const details = await provider.interactionDetails(req, res);
    // The interaction cookie is scoped to its own URL: another uid here is a stale or forged request.
    if (details.uid !== uid) return sendExpired(res, issuer);
    if (req.method === 'GET') {
      const action = `/${issuer.name}/interaction/${encodeURIComponent(uid)}`;
      sendHtml(res, 200, loginPage({ title: issuer.title, action, clientId: String(details.params.client_id), identities: issuer.identities }));
      return;
    }
    if (req.method !== 'POST') {
      sendHtml(res, 405, errorPage(issuer.title, 'Méthode non prise en charge.'));
      return;
    }
    const form = new URLSearchParams(await readBody(req, MAX_FORM_BYTES));
    if (form.has('cancel')) {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Connexion annulée par la personne' }, { mergeWithLastSubmission: false });
      return;
    }
    const identity = issuer.identities.find((candidate) => candidate.key === form.get('identity'));
    if (!identity) {
      sendHtml(res, 400, errorPage(issuer.title, 'Identité inconnue : choisissez une des identités proposées.'));
      return;
    }
    // oidc-provider puts the account id in the tokens' `sub`: the account id is the identity's subject.
    const grant = new provider.Grant({ accountId: identity.sub, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: identity.sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
  } catch (error) {
    if (res.headersSent) return;
    // An expired or unknown interaction (cookie gone, provider restarted): the sign-in must start again.
    if (error instanceof errors.SessionNotFound) return sendExpired(res, issuer);
    console.error('[local-oidc]', error);
    sendHtml(res, 500, errorPage(issuer.title, "Erreur interne du fournisseur d'identité local."));
  }
}

function sendExpired(res: ServerResponse, issuer: IssuerDefinition): void {
  sendHtml(res, 400, errorPage(issuer.title, "Cette demande de connexion n'existe plus ou a expiré. Recommencez depuis l'application."));
}
