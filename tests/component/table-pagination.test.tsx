/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { TablePagination } from '@/components/table/pagination';
import { pageHref } from '@/lib/url/query-params';

// The one pagination of the tables, step by step (establishment, ARS/CCS, RPPS+): « Page x sur n »
// between « Page précédente » and « Page suivante », every page a link that keeps the filters.

describe('the step-by-step pagination', () => {
  it('says where we are and links the pages around', () => {
    render(<TablePagination label="Pages des missions" total={120} page={2} pageSize={50} hrefFor={(page) => `/etablissement?page=${page}`} />);
    expect(screen.getByTestId('pagination-summary')).toHaveTextContent('Affichage 51 - 100 de 120 éléments');
    const nav = within(screen.getByRole('navigation', { name: 'Pages des missions' }));
    expect(nav.getByText('Page 2 sur 3')).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Page précédente' })).toHaveAttribute('href', '/etablissement?page=1');
    expect(nav.getByRole('link', { name: 'Page suivante' })).toHaveAttribute('href', '/etablissement?page=3');
  });

  it('shows the summary alone when everything fits on one page', () => {
    render(<TablePagination label="Pages des affectations" total={1} page={1} pageSize={50} hrefFor={String} />);
    expect(screen.getByTestId('pagination-summary')).toHaveTextContent('Affichage 1 - 1 de 1 élément');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('leaves the summary to the page when asked, and then shows nothing for a single page', () => {
    const params = { statut: ['DRAFT', 'SUBMITTED'], page: '2' };
    render(<TablePagination label="Pages des demandes" summary={false} total={25} page={2} pageSize={10} hrefFor={(page) => pageHref(params, page)} />);
    expect(screen.queryByTestId('pagination-summary')).toBeNull();
    const nav = within(screen.getByRole('navigation', { name: 'Pages des demandes' }));
    expect(nav.getByRole('link', { name: 'Page précédente' })).toHaveAttribute('href', '?statut=DRAFT&statut=SUBMITTED');
    expect(nav.getByRole('link', { name: 'Page suivante' })).toHaveAttribute('href', '?statut=DRAFT&statut=SUBMITTED&page=3');
  });

  it('renders nothing without a summary and a single page', () => {
    const { container } = render(<TablePagination label="Pages des demandes" summary={false} total={3} page={1} pageSize={10} hrefFor={String} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says « plus de 10 000 » when the count stopped at its cap, and always offers the next page', () => {
    render(<TablePagination label="Pages de bénévoles" total={10_000} capped page={5} pageSize={40} hrefFor={(page) => `/ccs/benevoles?page=${page}`} />);
    // toHaveTextContent folds the narrow no-break space of the French digit groups into a space.
    expect(screen.getByTestId('pagination-summary')).toHaveTextContent('Affichage 161 - 200 de plus de 10 000 éléments');
    const nav = within(screen.getByRole('navigation', { name: 'Pages de bénévoles' }));
    expect(nav.getByText('Page 5 sur plus de 250')).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Page suivante' })).toHaveAttribute('href', '/ccs/benevoles?page=6');
  });

  it('offers the page past a capped count: the rows beyond it exist', () => {
    render(<TablePagination label="Pages de bénévoles" total={10_000} capped page={250} pageSize={40} hrefFor={(page) => `?page=${page}`} />);
    expect(screen.getByTestId('pagination-summary')).toHaveTextContent('Affichage 9961 - 10000 de plus de 10 000 éléments');
    expect(screen.getByRole('link', { name: 'Page suivante' })).toHaveAttribute('href', '?page=251');
  });

  it('keeps the exact wording when the count is below the cap', () => {
    render(<TablePagination label="Pages de bénévoles" total={9_999} capped={false} page={250} pageSize={40} hrefFor={(page) => `?page=${page}`} />);
    expect(screen.getByTestId('pagination-summary')).toHaveTextContent('Affichage 9961 - 9999 de 9999 éléments');
    expect(screen.queryByRole('link', { name: 'Page suivante' })).toBeNull();
  });
});
