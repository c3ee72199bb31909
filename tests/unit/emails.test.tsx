/** @jest-environment node */
import { FOOTER_TEXT, PRODUCT_NAME, supportLine } from '@/emails/components/layout';
import { emailTemplateNames, renderEmail, type EmailTemplateName, type EmailTemplateProps } from '@/lib/mail/templates';
import { extractLinks } from '@/lib/mail/mailbox';
import { configuredEnv } from '../support/configured-env';

const APP = 'https://renfort.example.fr';

// One realistic set of props per template: the mapped type makes a missing template a compile error.
const fixtures: { [Name in EmailTemplateName]: EmailTemplateProps<Name> } = {
  'volunteer-registered': { firstName: 'Camille', spaceUrl: `${APP}/professionnel` },
  'account-activation': { firstName: 'Camille', email: 'camille@example.fr', link: `${APP}/mot-de-passe/nouveau?token=abc&x=1` },
  'password-reset': { firstName: 'Camille', email: 'camille@example.fr', link: `${APP}/mot-de-passe/nouveau?token=def` },
  'account-request-received': { firstName: 'Alice', login: 'alice@chu.example.fr' },
  'account-already-exists': { signInUrl: `${APP}/connexion`, resetRequestUrl: `${APP}/mot-de-passe/oubli` },
  'account-request-refused': { firstName: 'Alice', reason: 'FINESS inconnu de notre ARS' },
  'missions-proposed': {
    firstName: 'Alice',
    missionLabel: 'Infirmier',
    startDate: new Date('2026-04-02T00:00:00Z'),
    endDate: new Date('2026-04-09T00:00:00Z'),
    proposalCount: 3,
    missionUrl: `${APP}/etablissement/besoins/m1`,
    contactEmail: 'ars-occitanie@demo.renfort.fr',
  },
  'candidacy-proposed': {
    firstName: 'Camille',
    establishmentName: 'CHU de Toulouse',
    establishmentCity: 'Toulouse',
    missionLabel: 'Infirmier',
    startDate: new Date('2026-04-02T00:00:00Z'),
    endDate: new Date('2026-04-09T00:00:00Z'),
    contactEmail: 'ars-occitanie@demo.renfort.fr',
    spaceUrl: `${APP}/professionnel`,
  },
  'assignment-confirmed': {
    firstName: 'Camille',
    startDate: new Date('2026-04-02T00:00:00Z'),
    endDate: new Date('2026-04-09T00:00:00Z'),
    establishmentName: 'CHU de Toulouse',
    validatorEmail: 'etablissement@demo.renfort.fr',
  },
  'candidacy-declined': {
    firstName: 'Alice',
    recipient: 'establishment',
    volunteerName: 'Camille Martin',
    establishmentName: 'CHU de Toulouse',
    missionLabel: 'Infirmier (IDE) du 02/04/2026 au 09/04/2026',
    wasContacted: true,
    declinedAt: new Date('2026-04-01T08:05:00Z'),
    missionUrl: `${APP}/etablissement/besoins/m1`,
  },
  'reservation-expiring': {
    volunteerName: 'Camille Martin',
    missionLabel: 'Infirmier',
    expiresAt: new Date('2026-04-03T12:30:00Z'),
    missionUrl: `${APP}/etablissement/besoins/m1`,
  },
  'reservation-released': {
    volunteerName: 'Camille Martin',
    missionLabel: 'Infirmier',
    releasedAt: new Date('2026-04-03T12:30:00Z'),
    missionUrl: `${APP}/etablissement/besoins/m1`,
  },
  'retention-warning': {
    firstName: 'Camille',
    lastActivityAt: new Date('2024-03-01T09:00:00Z'),
    anonymisationDate: new Date('2026-04-02T00:00:00Z'),
    signInUrl: `${APP}/connexion`,
  },
  'availability-checkin': {
    firstName: 'Camille',
    confirmedAt: new Date('2026-03-19T09:00:00Z'),
    yesUrl: `${APP}/disponibilite?jeton=chk&reponse=oui`,
    noUrl: `${APP}/disponibilite?jeton=chk&reponse=non`,
    expiresAt: new Date('2026-04-09T06:00:00Z'),
    signInUrl: `${APP}/connexion`,
  },
  'rpps-number-assigned': { firstName: 'Paul', rppsNumber: '10101234567', requestNumber: 'P20260402000001' },
  'rpps-pre-registration-received': {
    firstName: 'Paul',
    requestNumber: 'P20260402000002',
    establishmentName: 'CHU de Toulouse',
    abandonUrl: `${APP}/rpps/pre-enregistrement/abandon?token=xyz`,
  },
  'rpps-pre-registration-saved': {
    firstName: 'Paul',
    requestNumber: 'P20260402000004',
    establishmentName: 'CHU de Toulouse',
    resumeUrl: `${APP}/rpps/pre-enregistrement/reprendre?jeton=xyz`,
  },
  'rpps-request-refused': { firstName: 'Paul', requestNumber: 'P20260402000003', reason: 'Diplôme non reconnu' },
  'rpps-own-change-filed': {
    firstName: 'Lucie',
    requestNumber: 'P20260402000005',
    filedAt: new Date('2026-04-02T08:15:00Z'),
    change: { kind: 'CONTACT', maskedEmail: 'n***@exemple.fr', phone: { ending: '44' } },
    supportEmail: 'support@renfort.example.fr',
  },
  'email-change-confirm': { firstName: 'Camille', newEmail: 'camille.new@example.fr', link: `${APP}/compte/confirmer-email?jeton=abc` },
  'email-change-requested': { firstName: 'Camille', newEmail: 'camille.new@example.fr' },
  'email-changed': { firstName: 'Camille', newEmail: 'camille.new@example.fr', signInUrl: `${APP}/connexion` },
  'ccs-alert-raised': {
    firstName: 'Dominique',
    arsName: 'ARS Occitanie',
    establishmentName: 'CHU de Toulouse',
    city: 'Toulouse',
    missionLabel: 'Infirmier',
    startDate: new Date('2026-04-02T00:00:00Z'),
    endDate: new Date('2026-04-09T00:00:00Z'),
    requestedCount: 3,
    filledCount: 1,
    missionUrl: `${APP}/ccs/missions/m1`,
  },
  'account-requests-digest': {
    firstName: 'Claude',
    requests: [{ establishmentName: 'EHPAD Les Tilleuls', city: 'Albi', receivedAt: new Date('2026-04-02T08:15:00Z') }],
    total: 3,
    requestsUrl: `${APP}/ars/demandes`,
  },
  'account-invitation': {
    firstName: 'Hélène',
    email: 'helene@ars.example.fr',
    link: `${APP}/mot-de-passe/nouveau?token=inv`,
    roleLabel: 'agent d’une agence régionale de santé',
    invitedBy: 'Sylvie Caron',
  },
  'account-disabled': { firstName: 'Claire', supportEmail: 'support@renfort.example.fr' },
  'account-reactivated': { firstName: 'Claire', email: 'claire@chu.example.fr', signInUrl: `${APP}/connexion` },
};

// SPEC §9, word for word (the RPPS ones and the retention warning of SPEC §14 are ours, the SPEC leaves them open).
const expectedSubjects: Record<EmailTemplateName, string> = {
  'volunteer-registered': 'Votre inscription comme renfort est enregistrée',
  'account-activation': 'Activez votre compte Renfort RH Crise',
  'password-reset': 'Réinitialisation de mot de passe compte Renfort RH Crise',
  'account-request-received': 'Demande de renfort prise en compte',
  'account-already-exists': 'Vous avez déjà un compte Renfort RH Crise',
  'account-request-refused': "Votre demande de compte n'a pas été retenue",
  'missions-proposed': 'Nouvelles propositions de renfort pour votre mission',
  'candidacy-proposed': 'Votre candidature a été proposée à un établissement',
  'assignment-confirmed': 'Affectation sur une mission de renfort',
  'candidacy-declined': "Un renfort n'est plus disponible pour votre mission",
  'reservation-expiring': 'Une réservation de renfort arrive à échéance',
  'reservation-released': 'Une réservation de renfort a été libérée',
  'retention-warning': 'Votre compte Renfort RH Crise va être anonymisé',
  'availability-checkin': 'Êtes-vous toujours disponible ?',
  'rpps-number-assigned': 'Votre numéro RPPS',
  'rpps-pre-registration-received': "Votre demande d'enregistrement RPPS a bien été reçue",
  'rpps-pre-registration-saved': "Votre demande d'enregistrement RPPS est enregistrée : terminez-la quand vous voulez",
  'rpps-request-refused': "Votre demande d'enregistrement RPPS a été refusée",
  'rpps-own-change-filed': 'Demande de modification de vos données de contact au RPPS',
  // SPEC §15 leaves these open (decision 027).
  'email-change-confirm': 'Confirmez votre nouvelle adresse email Renfort RH Crise',
  'email-change-requested': 'Demande de changement d’adresse email de votre compte Renfort RH Crise',
  'email-changed': 'L’adresse email de votre compte Renfort RH Crise a changé',
  'ccs-alert-raised': 'Alerte CCS : CHU de Toulouse, Infirmier',
  'account-requests-digest': 'Nouvelles demandes de compte à valider',
  // SPEC §15.
  'account-invitation': 'Votre compte Renfort RH Crise a été créé',
  'account-disabled': 'Votre compte Renfort RH Crise a été désactivé',
  'account-reactivated': 'Votre compte Renfort RH Crise a été réactivé',
};

function render<Name extends EmailTemplateName>(name: Name) {
  return renderEmail(name, fixtures[name]);
}

describe('email templates', () => {
  it('the registry has exactly the templates of SPEC §9 and the RPPS+ portal', () => {
    expect([...emailTemplateNames].sort()).toEqual(Object.keys(expectedSubjects).sort());
  });

  describe.each(emailTemplateNames)('%s', (name) => {
    it('renders its subject, French HTML with the layout, and a plain-text part', async () => {
      const { subject, html, text } = await render(name);
      expect(subject).toBe(expectedSubjects[name]);
      expect(html).toMatch(/^<!DOCTYPE html/);
      expect(html).toContain('lang="fr"');
      expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
      expect(html).toContain(PRODUCT_NAME);
      expect(html).toContain(escapeHtml(FOOTER_TEXT));
      // The text part is real text: no tags, and it carries the header, subject and footer.
      expect(text).not.toMatch(/<[a-z][^>]*>/i);
      expect(text).toContain(PRODUCT_NAME);
      expect(text).toContain(subject);
      expect(text).toContain(FOOTER_TEXT);
    });

    it('shows every link of the HTML in the plain text as well', async () => {
      const { html, text } = await render(name);
      for (const link of extractLinks(html)) expect(text).toContain(link);
    });

    it('gives every link a visible text', async () => {
      const { html } = await render(name);
      const anchors = [...html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)].map((match) => match[1].replace(/<[^>]+>/g, '').trim());
      for (const label of anchors) expect(label).not.toBe('');
    });
  });
});

describe('email contents', () => {
  it('assignment-confirmed carries the SPEC §9 sentence word for word', async () => {
    const { text } = await render('assignment-confirmed');
    expect(text).toContain(
      "Nous avons le plaisir de vous confirmer votre venue du 2 avril 2026 au 9 avril 2026 dans le cadre des renforts nécessaires pour la gestion de la crise dans l'établissement CHU de Toulouse. Pour plus d'informations, vous pouvez nous joindre au mail suivant : etablissement@demo.renfort.fr",
    );
    expect(text).toContain('Bonjour Camille,');
  });

  it('account-activation links to its 72 h link and to « Mot de passe oublié »', async () => {
    const { html, text } = await render('account-activation');
    expect(extractLinks(html)).toEqual([`${APP}/mot-de-passe/nouveau?token=abc&x=1`, `${APP}/mot-de-passe/oubli`]);
    expect(text).toContain('72 heures');
    expect(text).toContain('camille@example.fr');
    expect(html).toMatch(/<a[^>]+href="https:\/\/renfort\.example\.fr\/mot-de-passe\/nouveau\?token=abc&amp;x=1"[^>]*>[\s\S]*Activer mon compte/);
  });

  it('password-reset links to its 72 h link', async () => {
    const { html, text } = await render('password-reset');
    expect(extractLinks(html)).toEqual([`${APP}/mot-de-passe/nouveau?token=def`]);
    expect(text).toContain('72 heures');
  });

  it('account-request-received says 72 h, the login, and not to ask again', async () => {
    const { text } = await render('account-request-received');
    expect(text).toContain('activé sous 72 h maximum');
    expect(text).toContain("Votre login sera l'email saisi : alice@chu.example.fr.");
    expect(text).toContain('ne pas saisir une autre demande de création de compte avec le même email');
  });

  it('account-already-exists links to sign-in and reset, and names nobody', async () => {
    const { html, text } = await render('account-already-exists');
    expect(extractLinks(html)).toEqual([`${APP}/connexion`, `${APP}/mot-de-passe/oubli`]);
    expect(text).toContain('Bonjour,');
    expect(text).toContain('Se connecter');
    expect(text).toContain('Réinitialiser mon mot de passe');
  });

  it('refusals show their reason', async () => {
    expect((await render('account-request-refused')).text).toContain('FINESS inconnu de notre ARS');
    const rpps = await render('rpps-request-refused');
    expect(rpps.text).toContain('Diplôme non reconnu');
    expect(rpps.text).toContain('P20260402000003');
  });

  it('missions-proposed follows the 2021 wording with dates and the ARS contact', async () => {
    const { text, html } = await render('missions-proposed');
    expect(text).toContain('En réponse à votre demande de mission Infirmier du 2 avril 2026 au 9 avril 2026');
    expect(text).toContain('3 renforts vous sont proposés');
    expect(text).toContain('ars-occitanie@demo.renfort.fr');
    expect(extractLinks(html)).toEqual([`${APP}/etablissement/besoins/m1`]);
  });

  it('candidacy-declined tells the establishment, or the pushing agent, who freed themselves and when', async () => {
    const establishment = await render('candidacy-declined');
    expect(establishment.text).toContain('Camille Martin a indiqué le 1 avril 2026 à 10:05 ne plus être disponible pour votre mission Infirmier (IDE) du 02/04/2026 au 09/04/2026.');
    expect(establishment.text).toContain('Sa réservation est levée : vous pouvez contacter un autre renfort.');
    expect(extractLinks(establishment.html)).toEqual([`${APP}/etablissement/besoins/m1`]);
    const agent = await renderEmail('candidacy-declined', { ...fixtures['candidacy-declined'], recipient: 'regulator', missionUrl: `${APP}/ars/missions/m1` });
    expect(agent.text).toContain('Camille Martin, que vous aviez proposé(e) à l\'établissement CHU de Toulouse pour la mission');
    expect(agent.text).toContain('vous pouvez proposer un autre renfort');
    expect(extractLinks(agent.html)).toEqual([`${APP}/ars/missions/m1`]);
  });

  it('reservation emails give the Paris time of the deadline', async () => {
    expect((await render('reservation-expiring')).text).toContain('3 avril 2026 à 14:30');
    expect((await render('reservation-released')).text).toContain('3 avril 2026 à 14:30');
  });

  it('rpps emails give the number and the abandon link', async () => {
    expect((await render('rpps-number-assigned')).text).toContain('10101234567');
    const received = await render('rpps-pre-registration-received');
    expect(extractLinks(received.html)).toEqual([`${APP}/rpps/pre-enregistrement/abandon?token=xyz`]);
    expect(received.text).toContain('Abandonner ma demande');
  });

  it('rpps-own-change-filed says when, from a PSC session, what was asked (the new address masked) and whom to tell', async () => {
    const contact = (await render('rpps-own-change-filed')).text.replace(/\s+/g, ' ');
    expect(contact).toContain(
      'Une demande de modification des données de contact de votre enregistrement au répertoire RPPS a été faite sur Renfort RH Crise le 2 avril 2026 à 10:15, depuis une session ouverte avec Pro Santé Connect (demande n° P20260402000005).',
    );
    expect(contact).toContain('Adresse email : n***@exemple.fr');
    expect(contact).toContain('Téléphone mobile : numéro se terminant par 44');
    expect(contact).toContain('cette adresse-ci ne sera plus celle de votre enregistrement');
    expect(contact).toContain('Si vous n’êtes pas à l’origine de cette demande, quelqu’un a pu utiliser votre e-CPS : prévenez le support sans attendre, à l’adresse support@renfort.example.fr');
    const phoneOnly = await renderEmail('rpps-own-change-filed', { ...fixtures['rpps-own-change-filed'], change: { kind: 'CONTACT', maskedEmail: null, phone: 'removed' } });
    expect(phoneOnly.text).toContain('Téléphone mobile : supprimé');
    expect(phoneOnly.text).not.toContain('Adresse email');
    expect(phoneOnly.text).not.toContain('cette adresse-ci');
    const names = await renderEmail('rpps-own-change-filed', { ...fixtures['rpps-own-change-filed'], change: { kind: 'PRACTICE_NAME', practiceName: 'Nathalie Martin' } });
    expect(names.subject).toBe("Demande de modification de votre nom et prénom d'exercice au RPPS");
    expect(names.text.replace(/\s+/g, ' ')).toContain('Une demande de modification de votre nom et prénom d’exercice au répertoire RPPS a été faite');
    expect(names.text).toContain('Nathalie Martin');
  });

  it('the saved pre-registration gives the link to resume it, and says it is not sent yet', async () => {
    const saved = await render('rpps-pre-registration-saved');
    expect(extractLinks(saved.html)).toEqual([`${APP}/rpps/pre-enregistrement/reprendre?jeton=xyz`]);
    expect(saved.text).toContain('Reprendre ma demande');
    expect(saved.text).toContain('P20260402000004');
    expect(saved.text).toContain("n'est pas encore envoyée");
  });

  it('retention-warning gives the last activity, the anonymisation day and a sign-in link', async () => {
    const { text } = await render('retention-warning');
    expect(text).toContain('depuis le 1 mars 2024');
    expect(text).toContain('anonymisées à partir du 2 avril 2026');
    expect(text).toContain(`${APP}/connexion`);
  });

  it('availability-checkin offers both answers by link, their 7 days and the last confirmation (SPEC §5.2)', async () => {
    const { html, text: wrapped } = await render('availability-checkin');
    const text = wrapped.replace(/\s+/g, ' ');
    expect(extractLinks(html)).toEqual([`${APP}/disponibilite?jeton=chk&reponse=oui`, `${APP}/disponibilite?jeton=chk&reponse=non`, `${APP}/connexion`]);
    expect(text).toContain('Oui, toujours disponible');
    expect(text).toContain('Je ne suis plus disponible');
    expect(text).toContain('pour la dernière fois le 19 mars 2026');
    expect(text).toContain("jusqu'au 9 avril 2026 à 08:00");
    expect(text).toContain('Pas besoin de vous connecter');
  });

  it('escapes what users typed', async () => {
    const { html } = await renderEmail('account-request-refused', { reason: '<script>alert(1)</script>' });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('the support address (SPEC §15)', () => {
  const configure = configuredEnv();
  const SUPPORT = 'support-crise@ars.example.fr';

  it.each(emailTemplateNames)('%s carries the configured SUPPORT_EMAIL in its HTML and plain text', async (name) => {
    configure({ SUPPORT_EMAIL: SUPPORT });
    const { html, text } = await render(name);
    expect(html).toContain(escapeHtml(supportLine(SUPPORT)));
    expect(text).toContain(supportLine(SUPPORT));
    expect(text).not.toContain('support@renfort-rh-crise.fr');
  });
});

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');
}
