/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { field, mockCommunesFetch, renderSignUpForm } from './signup-helpers';

// The record fields shared with « Ma fiche » (components/professional), as the sign-up form uses them.
jest.mock('@/app/(public)/inscription/professionnel/_components/submit-sign-up', () => ({ submitSignUp: jest.fn() }));

let fetchMock: jest.Mock;
beforeEach(() => {
  fetchMock = mockCommunesFetch();
});

describe('record fields', () => {
  it('counts the comment as it is typed, up to 255 characters', async () => {
    const user = userEvent.setup();
    await renderSignUpForm();
    const comment = field('Commentaire');
    expect(screen.getByTestId('comment-counter')).toHaveTextContent('0 / 255');
    await user.type(comment, 'Disponible le soir');
    expect(screen.getByTestId('comment-counter')).toHaveTextContent('18 / 255');
    expect(comment).toHaveAccessibleDescription(expect.stringContaining('18 / 255 caractères'));
    expect(comment).toHaveAttribute('maxLength', '255');
  });

  it('adds and removes availability periods', async () => {
    const user = userEvent.setup();
    await renderSignUpForm();
    expect(screen.getAllByRole('group', { name: /^Période \d$/ })).toHaveLength(1);
    // The only period cannot be removed: one period at least.
    expect(screen.queryByRole('button', { name: /Supprimer/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ajouter une période' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une période' }));
    const periods = screen.getAllByRole('group', { name: /^Période \d$/ });
    expect(periods).toHaveLength(3);
    expect(within(periods[2]!).getByLabelText('Date de début*')).toHaveFocus();
    await user.type(within(periods[1]!).getByLabelText('Date de fin'), '2026-06-30');

    await user.click(within(periods[0]!).getByRole('button', { name: 'Supprimer la période 1' }));
    const left = screen.getAllByRole('group', { name: /^Période \d$/ });
    expect(left).toHaveLength(2);
    // The second period moved up, with what was typed in it.
    expect(within(left[0]!).getByLabelText('Date de fin')).toHaveValue('2026-06-30');
  });

  it('asks for the identifier number with RPPS or ADELI only, and checks its length', async () => {
    const user = userEvent.setup();
    await renderSignUpForm();
    const group = screen.getByRole('group', { name: "Type d'identifiant*" });
    expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['RPPS', 'ADELI', 'NONE']);
    expect(screen.queryByLabelText("Numéro d'identifiant")).not.toBeInTheDocument();

    await user.click(field('RPPS'));
    expect(field("Numéro d'identifiant")).toHaveAccessibleDescription(/11 chiffres/);
    await user.type(field("Numéro d'identifiant"), '123');
    await user.tab();
    expect(await screen.findByText('Le numéro RPPS doit comporter 11 chiffres.')).toBeInTheDocument();

    await user.click(field('ADELI'));
    expect(field("Numéro d'identifiant")).toHaveAccessibleDescription(/9 chiffres/);
    await user.click(field('Aucun'));
    expect(screen.queryByLabelText("Numéro d'identifiant")).not.toBeInTheDocument();
  });

  it('offers « Spécialité » to doctors only', async () => {
    const user = userEvent.setup();
    await renderSignUpForm();
    expect(screen.queryByLabelText('Spécialité')).not.toBeInTheDocument();
    await user.selectOptions(field('Profession*'), 'Médecin');
    await user.selectOptions(field('Spécialité'), 'Médecine générale');
    await user.selectOptions(field('Profession*'), 'Sage-femme');
    expect(screen.queryByLabelText('Spécialité')).not.toBeInTheDocument();
  });

  it('suggests the communes of the postal code and pre-selects its region until the user picks one', async () => {
    const user = userEvent.setup();
    const { container } = await renderSignUpForm();
    await user.type(field('Code postal*'), '01500');
    await waitFor(() => expect(field('Région*')).toHaveDisplayValue('Auvergne-Rhône-Alpes'));
    expect(fetchMock).toHaveBeenCalledWith('/api/reference/communes?cp=01500', expect.anything());
    const datalist = container.querySelector(`datalist#${field('Ville*').getAttribute('list')}`)!;
    expect([...datalist.querySelectorAll('option')].map((option) => option.value)).toEqual(['Ambérieu-en-Bugey', 'Château-Gaillard']);

    // Another postal code moves a region we chose…
    await user.clear(field('Code postal*'));
    await user.type(field('Code postal*'), '31000');
    await waitFor(() => expect(field('Région*')).toHaveDisplayValue('Occitanie'));
    // …but never one the user chose: it is where they want to be mobilised, not where they live.
    await user.selectOptions(field('Région*'), 'Bretagne');
    await user.clear(field('Code postal*'));
    await user.type(field('Code postal*'), '69001');
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/reference/communes?cp=69001', expect.anything()));
    expect(field('Région*')).toHaveDisplayValue('Bretagne');
  });

  it('needs week days, week-ends or both', async () => {
    const user = userEvent.setup();
    await renderSignUpForm();
    await user.click(field('Disponible en semaine'));
    await user.click(field('Disponible en semaine'));
    await user.click(screen.getByRole('button', { name: 'Voir les champs à compléter' }));
    expect(await screen.findByText('Cochez « Disponible en semaine », « Disponible le week-end » ou les deux.')).toBeInTheDocument();
  });
});
