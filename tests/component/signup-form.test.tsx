/** @jest-environment jsdom */
import { createElement } from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignUpForm } from '@/app/(public)/inscription/professionnel/_components/sign-up-form';
import { submitSignUp } from '@/app/(public)/inscription/professionnel/_components/submit-sign-up';
import { SIGN_UP_MESSAGES } from '@/lib/professionals/sign-up/sign-up-transport';
import { UPLOAD_MESSAGES } from '@/lib/storage/upload-rules';
import { field, fillValidForm, mockCommunesFetch, validateButton, renderSignUpForm } from './signup-helpers';

// The sign-up form in the browser's shoes. Only the network is replaced: the XMLHttpRequest call to the
// route handler (submitSignUp) and the communes lookup (fetch).
jest.mock('@/app/(public)/inscription/professionnel/_components/submit-sign-up', () => ({ submitSignUp: jest.fn() }));
const mockedSubmit = jest.mocked(submitSignUp);

beforeEach(() => {
  mockedSubmit.mockReset();
  mockCommunesFetch();
});

describe('sign-up form (SPEC §5.1)', () => {
  it('keeps « Valider » disabled until every required field is valid', async () => {
    const user = userEvent.setup();
    await renderSignUpForm();
    expect(validateButton()).toBeDisabled();
    await fillValidForm(user);
    await waitFor(() => expect(validateButton()).toBeEnabled());

    // One required field broken again: disabled again, with the message next to that field.
    await user.clear(field('Téléphone*'));
    await user.type(field('Téléphone*'), '12');
    await user.tab();
    await waitFor(() => expect(validateButton()).toBeDisabled());
    expect(field('Téléphone*')).toHaveAccessibleDescription(/Numéro de téléphone invalide/);
  });

  it('sends the values as typed with the files, shows progress, then the confirmation dialog', async () => {
    const user = userEvent.setup();
    let finish: (value: { ok: true; data: null }) => void = () => undefined;
    mockedSubmit.mockImplementation((_payload, onProgress) => {
      onProgress(0.4);
      return new Promise((resolve) => (finish = resolve));
    });
    await renderSignUpForm();
    await fillValidForm(user);
    const scan = new File(['%PDF-1.4 test'], 'identite.pdf', { type: 'application/pdf' });
    await user.upload(field("Pièce d'identité"), scan);
    await waitFor(() => expect(validateButton()).toBeEnabled());
    await user.click(validateButton());

    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Envoi de votre inscription' })).toHaveValue(40));
    expect(validateButton()).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Envoi en cours');
    const payload = mockedSubmit.mock.calls[0]![0];
    expect(payload.fields).toMatchObject({ lastName: 'Durand', phone: '06 12 34 56 78', regionCode: '76', periods: [{ startDate: '2026-03-01', endDate: '' }] });
    expect(payload.identityDocument).toBe(scan);
    expect(payload.diploma).toBeNull();

    await act(async () => finish({ ok: true, data: null }));
    const dialog = await screen.findByRole('dialog', { name: 'Inscription enregistrée' });
    expect(dialog).toHaveTextContent('camille.durand@example.test');
    expect(dialog).toHaveTextContent('72 heures');
    expect(within(dialog).getByRole('button', { name: 'Fermer' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Inscription enregistrée' })).toHaveFocus();
  });

  it('opened by Pro Santé Connect, sends the token and shows the notice of a step that had lapsed with the confirmation', async () => {
    const user = userEvent.setup();
    const notice = 'Votre connexion Pro Santé Connect avait expiré : votre inscription est enregistrée, mais sans lien avec Pro Santé Connect.';
    mockedSubmit.mockResolvedValue({ ok: true, data: { notice } });
    const certified = { federationToken: 'jeton-psc', firstName: 'Nina', lastName: 'Morel', rppsNumber: '10404040404', professionCode: 'NURSE', professionLabel: 'Infirmier (IDE)', email: 'nina.morel@example.test' };
    render(createElement(SignUpForm, { certified }));
    await act(async () => undefined);
    expect(field('Nom*')).toHaveAttribute('readonly');
    // PSC certifies « nurse »: the list offers the nurses only, so that an IADE can say so.
    const profession = screen.getByRole('combobox', { name: 'Profession*' });
    expect(profession).toHaveValue('NURSE');
    expect(within(profession).getAllByRole('option').map((option) => (option as HTMLOptionElement).value).filter(Boolean)).toEqual([
      'NURSE',
      'NURSE_ANAESTHETIST',
      'OPERATING_ROOM_NURSE',
      'PAEDIATRIC_NURSE',
      'ADVANCED_PRACTICE_NURSE',
    ]);
    await user.selectOptions(profession, 'PAEDIATRIC_NURSE');
    await user.type(field('Téléphone*'), '06 12 34 56 78');
    await user.type(field('Code postal*'), '31000');
    await user.type(field('Ville*'), 'Toulouse');
    await user.selectOptions(field('Région*'), 'Occitanie');
    await user.selectOptions(field("Type d'activité*"), 'Salarié');
    fireEvent.change(field('Date de début*'), { target: { value: '2026-03-01' } });
    await user.click(field('Disponible en semaine'));
    await user.click(field('Régionale'));
    await user.click(field("J'accepte les conditions d'utilisation de Renfort RH Crise*"));
    await user.click(field("J'accepte le traitement de mes données personnelles pour l'organisation des renforts*"));
    await waitFor(() => expect(validateButton()).toBeEnabled());
    await user.click(validateButton());

    const dialog = await screen.findByRole('dialog', { name: 'Inscription enregistrée' });
    expect(mockedSubmit.mock.calls[0]![0].fields).toMatchObject({ federationToken: 'jeton-psc', lastName: 'Morel', identifierNumber: '10404040404', professionCode: 'PAEDIATRIC_NURSE' });
    expect(dialog).toHaveTextContent(notice);
    expect(dialog).toHaveTextContent('nina.morel@example.test');
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    // Said in the page too, once the dialog is closed.
    expect(screen.getByRole('heading', { name: 'Inscription enregistrée' }).closest('section')).toHaveTextContent(notice);
  });

  it('shows server rejections next to their fields and keeps everything typed, files included', async () => {
    const user = userEvent.setup();
    mockedSubmit.mockResolvedValue({ ok: false, fieldErrors: { postalCode: 'Code postal inconnu.', diploma: UPLOAD_MESSAGES.refused } });
    await renderSignUpForm();
    await fillValidForm(user);
    const fake = new File(['<html></html>'], 'diplome.pdf', { type: 'application/pdf' });
    await user.upload(field('Diplôme'), fake);
    await waitFor(() => expect(validateButton()).toBeEnabled());
    await user.click(validateButton());

    await waitFor(() => expect(field('Code postal*')).toHaveAccessibleDescription('Code postal inconnu.'));
    expect(field('Diplôme')).toHaveAccessibleDescription(expect.stringContaining(UPLOAD_MESSAGES.refused));
    expect(screen.getByRole('alert')).toHaveTextContent('corrigez les champs signalés');
    expect(field('Code postal*')).toHaveFocus();
    // Nothing typed is lost, and the refused file is still the one chosen.
    expect(field('Nom*')).toHaveValue('Durand');
    expect(field('Courriel*')).toHaveValue('camille.durand@example.test');
    expect(field('Date de début*')).toHaveValue('2026-03-01');
    expect(field('Diplôme').files?.[0]).toBe(fake);
    expect(screen.getByText(/diplome\.pdf/)).toBeInTheDocument();
    expect(validateButton()).toBeDisabled();

    // Fixing both re-enables « Valider ».
    await user.clear(field('Code postal*'));
    await user.type(field('Code postal*'), '31000');
    await user.click(screen.getByRole('button', { name: 'Retirer le fichier Diplôme' }));
    await waitFor(() => expect(validateButton()).toBeEnabled());
  });

  it('shows a form error from the server (e.g. the connection dropped) and keeps the values', async () => {
    const user = userEvent.setup();
    mockedSubmit.mockResolvedValue({ ok: false, formError: 'La connexion a été interrompue avant la fin de l’envoi.' });
    await renderSignUpForm();
    await fillValidForm(user);
    await waitFor(() => expect(validateButton()).toBeEnabled());
    await user.click(validateButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('La connexion a été interrompue');
    expect(field('Prénom*')).toHaveValue('Camille');
    expect(validateButton()).toBeEnabled();
  });

  it('shows the 503 « réessayez dans un instant » of a server under a surge and keeps everything typed', async () => {
    const user = userEvent.setup();
    mockedSubmit.mockResolvedValue({ ok: false, formError: SIGN_UP_MESSAGES.busy });
    await renderSignUpForm();
    await fillValidForm(user);
    await waitFor(() => expect(validateButton()).toBeEnabled());
    await user.click(validateButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('réessayez dans un instant');
    expect(field('Prénom*')).toHaveValue('Camille');
    expect(validateButton()).toBeEnabled();
  });

  it('refuses a file over 5 MB in the browser, before sending anything', async () => {
    const user = userEvent.setup();
    await renderSignUpForm();
    await fillValidForm(user);
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'scan.jpg', { type: 'image/jpeg' });
    await user.upload(field("Pièce d'identité"), big);
    expect(field("Pièce d'identité")).toHaveAccessibleDescription(expect.stringContaining('Le fichier dépasse 5 Mo.'));
    expect(validateButton()).toBeDisabled();
    // Even a submit forced past the disabled button (Enter in a field) sends nothing.
    await act(async () => {
      fireEvent.submit(validateButton().form!);
    });
    expect(mockedSubmit).not.toHaveBeenCalled();
  });

  it('lists what is missing when asked, focusing the first field to fix', async () => {
    const user = userEvent.setup();
    await renderSignUpForm();
    await user.click(screen.getByRole('button', { name: 'Voir les champs à compléter' }));
    await waitFor(() => expect(field('Nom*')).toHaveFocus());
    expect(field('Nom*')).toHaveAccessibleDescription('Le nom est obligatoire.');
    expect(field('Région*')).toHaveAccessibleDescription(expect.stringContaining('Choisissez une région.'));
    expect(screen.getByText("Vous devez accepter les conditions d'utilisation.")).toBeInTheDocument();
  });
});
