/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CandidateFilters } from '@/components/candidates/candidate-filters';
import { FilterChips } from '@/components/candidates/filter-chips';
import { activeFilters, filterFields } from '@/components/candidates/filter-model';
import { Pagination } from '@/components/candidates/pagination';
import { pageWindow, paginationText } from '@/components/table/pagination';
import { candidateQuerySchema } from '@/lib/candidates/query';

// Filters, their chips and the pagination of « Choisir » (SPEC §6.4): everything lives in the URL.
const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh: jest.fn(), replace: jest.fn() }) }));

const PATH = '/etablissement/besoins/11111111-1111-4111-8111-111111111111';
const FIELDS = filterFields(['NURSE']);

beforeEach(() => push.mockReset());

describe('pagination', () => {
  it('says « Affichage x - y de n éléments »', () => {
    expect(paginationText(1, 40, 47)).toBe('Affichage 1 - 40 de 47 éléments');
    expect(paginationText(2, 40, 47)).toBe('Affichage 41 - 47 de 47 éléments');
    expect(paginationText(1, 40, 1)).toBe('Affichage 1 - 1 de 1 élément');
    expect(paginationText(1, 40, 0)).toBe('Aucun élément à afficher');
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
  });

  it('links every page with the filters kept, the current one marked', () => {
    const query = candidateQuerySchema.parse({ status: 'CONTACTED', page: '2' });
    render(<Pagination pathname={PATH} query={query} total={95} pageSize={40} />);
    expect(screen.getByTestId('pagination-summary')).toHaveTextContent('Affichage 41 - 80 de 95 éléments');
    const nav = within(screen.getByRole('navigation', { name: 'Pages de candidats' }));
    expect(nav.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', `${PATH}?status=CONTACTED&page=3`);
    expect(nav.getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', `${PATH}?status=CONTACTED`);
    expect(nav.getByRole('link', { name: 'Précédent' })).toHaveAttribute('href', `${PATH}?status=CONTACTED`);
  });
});

describe('filter chips', () => {
  it('show each active filter in French, each removable without losing the others', () => {
    const query = candidateQuerySchema.parse({ lastName: 'Dupont', ehpad: 'oui', status: 'CONTACTED', startDate: '2026-12-01', sort: 'firstName', page: '3' });
    render(<FilterChips pathname={PATH} query={query} filters={activeFilters(query, FIELDS)} />);
    const chips = within(screen.getByRole('list', { name: 'Filtres actifs :' })).getAllByRole('link');
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).toEqual([
      'Retirer le filtre Nom : Dupont',
      'Retirer le filtre Date de début : au plus tard le 01/12/2026',
      'Retirer le filtre Expérience en EHPAD : Oui',
      'Retirer le filtre Statut : Contacté',
    ]);
    expect(screen.getByRole('link', { name: 'Retirer le filtre Expérience en EHPAD : Oui' })).toHaveAttribute(
      'href',
      `${PATH}?lastName=Dupont&startDate=2026-12-01&status=CONTACTED&sort=firstName`,
    );
    expect(screen.getByRole('link', { name: 'Effacer tous les filtres' })).toHaveAttribute('href', `${PATH}?sort=firstName`);
  });

  it('show nothing without a filter', () => {
    const query = candidateQuerySchema.parse({});
    const { container } = render(<FilterChips pathname={PATH} query={query} filters={activeFilters(query, FIELDS)} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the filter form', () => {
  it('has a labelled filter for every column, booleans as — / Oui / Non', () => {
    render(<CandidateFilters pathname={PATH} query={candidateQuerySchema.parse({})} fields={FIELDS} open />);
    const form = within(screen.getByRole('search', { name: 'Filtrer les candidats' }));
    for (const label of ['Nom', 'Prénom', 'Département', 'Profession', 'Spécialité', 'Date de début', 'Date de fin', 'Expérience en EHPAD',
      'Expérience en réanimation', 'Vaccination', 'Véhicule', 'Mobilisation', 'Téléphone', 'Message', 'Statut']) {
      expect(form.getByLabelText(label, { exact: true })).toBeInTheDocument();
    }
    expect(within(form.getByLabelText('Véhicule')).getAllByRole('option').map((o) => o.textContent)).toEqual(['—', 'Oui', 'Non']);
    expect(within(form.getByLabelText('Statut')).getAllByRole('option').map((o) => o.textContent)).toEqual(['—', 'Disponible', 'En cours', 'Contacté', 'Affecté']);
  });

  it('writes only the filled fields to the URL, keeps the sort and goes back to page 1', async () => {
    const user = userEvent.setup();
    const query = candidateQuerySchema.parse({ sort: 'startDate', direction: 'desc', page: '4', firstName: 'Léa' });
    render(<CandidateFilters pathname={PATH} query={query} fields={FIELDS} open />);
    const form = within(screen.getByRole('search', { name: 'Filtrer les candidats' }));
    expect(form.getByLabelText('Prénom')).toHaveValue('Léa');
    await user.selectOptions(form.getByLabelText('Expérience en réanimation'), 'Oui');
    await user.type(form.getByLabelText('Nom'), ' Martin ');
    await user.click(form.getByRole('button', { name: 'Filtrer' }));
    expect(push).toHaveBeenCalledWith(`${PATH}?sort=startDate&direction=desc&lastName=Martin&firstName=L%C3%A9a&icu=oui`, { scroll: false });
  });
});
