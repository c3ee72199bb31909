/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LandingPage from '@/app/(public)/page';
import HelpPage from '@/app/(public)/aide/page';
import GuidesPage from '@/app/(public)/guides/page';
import GuidePage from '@/app/(public)/guides/[role]/page';
import { GUIDES } from '@/app/(public)/guides/_content';
import { TOKEN_VALIDITY_MS } from '@/lib/auth/one-time-tokens';
import { configuredEnv } from '../support/configured-env';

jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));

const configure = configuredEnv();
beforeEach(() => configure({ SUPPORT_EMAIL: 'aide-crise@sante.example.fr', MAIL_FROM: 'Renfort RH Crise <ne-pas-repondre@sante.example.fr>' }));

describe('/aide', () => {
  it('answers the questions of SPEC §15, each reachable by an anchor of the question list', () => {
    const { container } = render(<HelpPage />);
    const questions = within(screen.getByRole('navigation', { name: 'Questions' })).getAllByRole('link');
    for (const question of [
      'Je n’ai pas reçu l’email d’activation',
      'Le lien a expiré ou ne fonctionne plus',
      'Je me suis trompé(e) dans mon adresse email en m’inscrivant',
      'Ma demande de compte est toujours en attente',
      'Comment changer mon adresse email ?',
      'À qui m’adresser ?',
      'J’ai oublié mon mot de passe',
      'Quels documents sont acceptés ?',
      'Se connecter avec Pro Santé Connect (carte CPS, e-CPS) ou ProConnect',
    ]) {
      const link = questions.find((anchor) => anchor.textContent === question);
      expect(link).toBeDefined();
      const target = container.querySelector(link!.getAttribute('href')!);
      expect(target).toHaveTextContent(question);
    }
  });

  it('names the configured sender to allow, the link validity and the support address', () => {
    render(<HelpPage />);
    const answer = screen.getByRole('heading', { name: 'Je n’ai pas reçu l’email d’activation' }).parentElement!;
    expect(answer).toHaveTextContent('ne-pas-repondre@sante.example.fr');
    expect(answer).toHaveTextContent('indésirables');
    expect(within(answer).getAllByRole('link', { name: /perdu\/non reçu le lien d’activation/ })[0]).toHaveAttribute('href', '/mot-de-passe/oubli');
    expect(screen.getByRole('heading', { name: 'Le lien a expiré ou ne fonctionne plus' }).parentElement).toHaveTextContent(
      `valable ${TOKEN_VALIDITY_MS / 3_600_000} heures`,
    );
    expect(screen.getAllByRole('link', { name: 'aide-crise@sante.example.fr' }).length).toBeGreaterThan(0);
  });

  it('says how a Pro Santé Connect identity is linked, what it locks, and what to do when it is refused', () => {
    render(<HelpPage />);
    const answer = screen.getByRole('heading', { name: 'Se connecter avec Pro Santé Connect (carte CPS, e-CPS) ou ProConnect' }).parentElement!;
    for (const words of ['« Liez-le à Pro Santé Connect »', '« Ma fiche » les affiche sans les modifier', '« Mon enregistrement RPPS »', 'enregistré sur un autre compte que celui de votre adresse email', '« Mon compte »']) {
      expect(answer).toHaveTextContent(words);
    }
    expect(within(answer).getByRole('link', { name: 'aide-crise@sante.example.fr' })).toBeInTheDocument();
  });
});

describe('/ (landing page)', () => {
  it('links to each user guide, the CCS’s as its own (SPEC §4), each to its card on /guides', () => {
    render(<LandingPage />);
    const links = within(screen.getByRole('region', { name: "Guides d'utilisation" })).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Guide du professionnel volontaire', '/guides#professionnel'],
      ['Guide des établissements', '/guides#etablissement'],
      ['Guide des agences régionales de santé (ARS)', '/guides#ars'],
      ['Guide du centre de crise sanitaire (CCS)', '/guides#ccs'],
      ['Guide des gestionnaires RPPS+', '/guides#rpps'],
    ]);
    // Every guide, and each anchor leads to a card of /guides.
    expect(links).toHaveLength(GUIDES.length);
    const { container } = render(<GuidesPage />);
    for (const link of links) expect(container.querySelector(link.getAttribute('href')!.replace('/guides', ''))).not.toBeNull();
  });
});

describe('/guides', () => {
  it('links to the printable guide of each role', () => {
    render(<GuidesPage />);
    const hrefs = screen.getAllByRole('link', { name: /^Lire et imprimer/ }).map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['/guides/professionnel', '/guides/etablissement', '/guides/ars', '/guides/ccs', '/guides/rpps']);
  });

  it.each(GUIDES.map((guide) => [guide.slug, guide] as const))('/guides/%s shows every section with its steps, a print button and the support address', async (slug, guide) => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    render(await GuidePage({ params: Promise.resolve({ role: slug }) }));
    expect(screen.getByRole('heading', { level: 1, name: guide.title })).toBeInTheDocument();
    for (const [index, section] of guide.sections.entries()) {
      const region = screen.getByRole('region', { name: `${index + 1}. ${section.title}` });
      expect(within(region).getAllByRole('listitem')).toHaveLength(section.steps.length);
      if (index > 0) expect(region).toHaveClass('print:break-before-page');
    }
    expect(screen.getByRole('link', { name: 'aide-crise@sante.example.fr' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalled();
  });

  it('answers 404 for an unknown role', async () => {
    await expect(GuidePage({ params: Promise.resolve({ role: 'inconnu' }) })).rejects.toThrow('NEXT_NOT_FOUND');
  });
});
