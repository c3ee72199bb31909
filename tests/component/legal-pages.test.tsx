/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import PrivacyPage from '@/app/(public)/donnees-personnelles/page';
import LegalPage from '@/app/(public)/mentions-legales/page';
import { NO_MAIL_PROVIDER, RESEND_MAIL, SELF_HOSTING, VERCEL_HOSTING } from '@/lib/legal/processors';
import { TOKEN_VALIDITY_MS } from '@/lib/auth/one-time-tokens';
import { GRACE_DAYS, RATE_LIMIT_COUNTER_KEEP_HOURS, RETENTION_YEARS, SPENT_LINK_KEEP_DAYS } from '@/lib/retention/policy';
import { configuredEnv } from '../support/configured-env';

// SPEC §15: every item of the privacy notice, with the configured DPO and processors and the durations
// the retention code really uses (imported, never re-typed).

const configure = configuredEnv();
const DPO = 'dpo-crise@sante.example.fr';
const DEPLOYMENT = { VERCEL: undefined, RESEND_API_KEY: undefined, MAIL_TRANSPORT: undefined, HOSTING_PROVIDER: undefined, MAIL_PROVIDER: undefined };

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('/donnees-personnelles', () => {
  beforeEach(() => configure({ ...DEPLOYMENT, DPO_EMAIL: DPO }));

  it('has every section SPEC §15 lists', () => {
    render(<PrivacyPage />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Responsable du traitement',
        'Délégué à la protection des données',
        'Finalités et base légale',
        'Données collectées',
        'Destinataires',
        'Sous-traitants et hébergement',
        'Durées de conservation',
        'Vos droits et comment les exercer',
        'Réclamation auprès de la CNIL',
      ]),
    );
    expect(section('Finalités et base légale')).toHaveTextContent('article 6, paragraphe 1, point e');
    expect(section('Finalités et base légale')).toHaveTextContent('mission d’intérêt public');
    expect(within(section('Réclamation auprès de la CNIL')).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.cnil\.fr\//));
    expect(within(section('Vos droits et comment les exercer')).getByRole('link', { name: '/professionnel/donnees' })).toBeInTheDocument();
  });

  it('names the configured DPO', () => {
    render(<PrivacyPage />);
    expect(within(section('Délégué à la protection des données')).getByRole('link', { name: DPO })).toHaveAttribute('href', `mailto:${DPO}`);
  });

  it('states the retention durations of the code', () => {
    render(<PrivacyPage />);
    const retention = section('Durées de conservation');
    expect(retention).toHaveTextContent(`${RETENTION_YEARS} ans après la dernière activité`);
    expect(retention).toHaveTextContent(`anonymisées ${GRACE_DAYS} jours plus tard`);
    expect(retention).toHaveTextContent(`${RETENTION_YEARS} ans et ${GRACE_DAYS} jours après sa dernière activité`);
    expect(retention).toHaveTextContent(`Valables ${TOKEN_VALIDITY_MS / 3_600_000} heures`);
    expect(retention).toHaveTextContent(`effacés ${SPENT_LINK_KEEP_DAYS} jours après leur expiration`);
    expect(retention).toHaveTextContent(`Effacés ${RATE_LIMIT_COUNTER_KEEP_HOURS} heures après`);
  });

  it('describes the self-hosted default: no third party for hosting or emails', () => {
    render(<PrivacyPage />);
    const processors = section('Sous-traitants et hébergement');
    expect(processors).toHaveTextContent(SELF_HOSTING);
    expect(processors).toHaveTextContent(NO_MAIL_PROVIDER);
  });

  it('names Vercel and Resend when the deployment uses them', () => {
    configure({ VERCEL: '1', RESEND_API_KEY: 're_test_key' });
    render(<PrivacyPage />);
    const processors = section('Sous-traitants et hébergement');
    expect(processors).toHaveTextContent(VERCEL_HOSTING);
    expect(processors).toHaveTextContent(RESEND_MAIL);
  });

  it('does not name Resend when emails are kept in the outbox despite a key', () => {
    configure({ RESEND_API_KEY: 're_test_key', MAIL_TRANSPORT: 'outbox' });
    render(<PrivacyPage />);
    expect(section('Sous-traitants et hébergement')).toHaveTextContent(NO_MAIL_PROVIDER);
  });

  it('prefers what the operator wrote in HOSTING_PROVIDER and MAIL_PROVIDER', () => {
    configure({ VERCEL: '1', RESEND_API_KEY: 're_test_key', HOSTING_PROVIDER: 'OVHcloud, Roubaix (France)', MAIL_PROVIDER: 'Brevo, Paris (France)' });
    render(<PrivacyPage />);
    const processors = section('Sous-traitants et hébergement');
    expect(processors).toHaveTextContent('Hébergement : OVHcloud, Roubaix (France)');
    expect(processors).toHaveTextContent('Envoi des emails : Brevo, Paris (France)');
    expect(processors).not.toHaveTextContent('Vercel');
  });
});

describe('/mentions-legales', () => {
  it('gives the publisher, the configured hosting, support and DPO, and links to the privacy notice', () => {
    configure({ ...DEPLOYMENT, DPO_EMAIL: DPO, SUPPORT_EMAIL: 'aide@sante.example.fr', HOSTING_PROVIDER: 'OVHcloud, Roubaix (France)' });
    render(<LegalPage />);
    expect(section('Éditeur')).toHaveTextContent('Direction générale de la santé');
    expect(section('Hébergement')).toHaveTextContent('OVHcloud, Roubaix (France)');
    const contact = section('Contact');
    expect(within(contact).getByRole('link', { name: 'aide@sante.example.fr' })).toHaveAttribute('href', 'mailto:aide@sante.example.fr');
    expect(within(contact).getByRole('link', { name: DPO })).toBeInTheDocument();
    expect(within(section('Données personnelles')).getByRole('link', { name: 'Données personnelles' })).toHaveAttribute('href', '/donnees-personnelles');
  });
});
