/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PreRegistrationForm, type PreRegistrationActions } from '@/app/(public)/rpps/pre-enregistrement/_components/pre-registration-form';
import { PreRegistrationCorrectionForm } from '@/app/(rpps)/rpps/demandes/_components/pre-registration-correction-form';
import { CancelSituationForm } from '@/app/(rpps)/rpps/enregistrements/_components/cancel-situation-form';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import { DRAFT_ESTABLISHMENT_REQUIRED, DRAFT_NEEDS } from '@/lib/validation/rpps-procedures';

// The forms of decision 033: the manager's correction of a pre-registration, the cancellation of a
// situation, and the professional's « Enregistrer et terminer plus tard ». The server actions are props:
// each test gives the answer the server would, and checks what the form sends and shows.

const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh: jest.fn(), replace: jest.fn() }) }));

const REQUEST_ID = '6f1c2a8e-4b7d-4c1e-9f3a-2d5e8b7c1a90';
const ESTABLISHMENT_ID = '0b7f3c52-9a1e-4d6b-8c2f-5e4a3b2c1d0e';
const SITUATION_ID = '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a';
const PHONE_COUNTRIES = [
  { value: 'FR', label: 'France (+33)' },
  { value: 'RE', label: 'La Réunion (+262)' },
];

// The type-ahead fields ask the server; here one establishment with a manager, and no commune.
beforeAll(() => {
  global.fetch = jest.fn(async (url: RequestInfo | URL) => {
    const body = String(url).startsWith('/api/rpps/etablissements')
      ? { establishments: [{ id: ESTABLISHMENT_ID, label: '310100017 - Centre hospitalier de Toulouse (Toulouse)' }] }
      : { communes: [], message: null };
    return { ok: true, json: async () => body } as Response;
  }) as typeof fetch;
});
beforeEach(() => push.mockReset());

describe('PreRegistrationCorrectionForm', () => {
  const defaults = {
    email: 'nathalie@exemple.fr',
    mobilePhoneCountry: 'FR',
    mobilePhone: '0730494959',
    practiceLastName: 'Dupont',
    practiceFirstName: 'Nathalie',
    establishmentId: ESTABLISHMENT_ID,
    professionCode: 'SPECIALISED_EDUCATOR',
    startDate: '2022-05-02',
  } as const;

  function setup(correct: jest.Mock) {
    render(
      <PreRegistrationCorrectionForm
        requestId={REQUEST_ID}
        defaults={defaults}
        establishments={[{ value: ESTABLISHMENT_ID, label: '310100017 - Centre hospitalier de Toulouse (Toulouse)' }]}
        phoneCountries={PHONE_COUNTRIES}
        correct={correct}
      />,
    );
  }

  it('has no état civil field, sends the contact and practice data, then opens the request', async () => {
    const correct = jest.fn().mockResolvedValue({ ok: true, data: { requestId: REQUEST_ID, fields: ['email'] } });
    setup(correct);
    expect(screen.queryByLabelText('Nom de naissance*')).toBeNull();
    expect(screen.queryByLabelText('Date de naissance*')).toBeNull();
    expect(screen.queryByLabelText('Rôle*')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Établissement*' })).toHaveValue('310100017 - Centre hospitalier de Toulouse (Toulouse)');
    await userEvent.clear(screen.getByLabelText('Adresse email*'));
    await userEvent.type(screen.getByLabelText('Adresse email*'), 'nathalie.dupont@exemple.fr');
    await userEvent.clear(screen.getByLabelText("Nom d'exercice*"));
    await userEvent.type(screen.getByLabelText("Nom d'exercice*"), 'Martin');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les corrections' }));

    await waitFor(() => expect(correct).toHaveBeenCalledTimes(1));
    const sent = correct.mock.calls[0][0] as Record<string, unknown>;
    expect(sent).toMatchObject({ requestId: REQUEST_ID, email: 'nathalie.dupont@exemple.fr', practiceLastName: 'Martin', establishmentId: ESTABLISHMENT_ID });
    expect(Object.keys(sent)).not.toContain('birthLastName');
    await waitFor(() => expect(push).toHaveBeenCalledWith(`/rpps/demandes/${REQUEST_ID}?corrigee=1`));
  });

  it('checks the fields before sending, and shows the server’s refusal next to its field, keeping what was typed', async () => {
    const correct = jest.fn().mockResolvedValue({ ok: false, fieldErrors: { establishmentId: RPPS_MESSAGES.establishmentOutOfScope } });
    setup(correct);
    await userEvent.clear(screen.getByLabelText('Date de prise de fonction*'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les corrections' }));
    expect(await screen.findByText('La date de prise de fonction est obligatoire.')).toBeVisible();
    expect(correct).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('Date de prise de fonction*'), '2023-01-02');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les corrections' }));
    expect(await screen.findByText(RPPS_MESSAGES.establishmentOutOfScope)).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Les corrections n’ont pas été enregistrées');
    expect(screen.getByLabelText('Adresse email*')).toHaveValue('nathalie@exemple.fr');
    expect(push).not.toHaveBeenCalled();
  });
});

describe('CancelSituationForm', () => {
  const facts = {
    practiceLastName: 'Dupont',
    practiceFirstName: 'Nathalie',
    establishment: '310100017 - Centre hospitalier de Toulouse',
    profession: 'Éducateur spécialisé',
    role: "Activité de coordination et d'orientation",
    startDate: '2 mai 2022',
    endDate: 'Non renseigné',
  };
  const defaults = {
    rppsNumber: '81000000018',
    situationId: SITUATION_ID,
    reason: '',
    email: 'nathalie@exemple.fr',
    mobilePhoneCountry: 'FR' as const,
    mobilePhone: '730494959',
  };

  it('shows the situation read-only, needs a reason, and sends it with the contact data', async () => {
    const cancel = jest.fn().mockResolvedValue({ ok: true, data: { requestId: REQUEST_ID, number: 'P20260402000001', status: 'RPPS_VALIDATED' } });
    render(<CancelSituationForm defaults={defaults} facts={facts} phoneCountries={PHONE_COUNTRIES} cancel={cancel} />);
    expect(screen.getByLabelText('Établissement')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Établissement')).toHaveValue('310100017 - Centre hospitalier de Toulouse');
    expect(screen.getByLabelText('Adresse email*')).toHaveValue('nathalie@exemple.fr');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText("Indiquez le motif de l'annulation.")).toBeVisible();
    expect(cancel).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText("Motif de l'annulation*"), 'Saisie par erreur');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(cancel).toHaveBeenCalledTimes(1));
    expect(cancel.mock.calls[0][0]).toMatchObject({ situationId: SITUATION_ID, reason: 'Saisie par erreur', email: 'nathalie@exemple.fr' });
    await waitFor(() => expect(push).toHaveBeenCalledWith(`/rpps/demandes/${REQUEST_ID}`));
  });

  it('says why the server refused, and keeps the reason', async () => {
    const cancel = jest.fn().mockResolvedValue({ ok: false, formError: RPPS_MESSAGES.onlySituation });
    render(<CancelSituationForm defaults={defaults} facts={facts} phoneCountries={PHONE_COUNTRIES} cancel={cancel} />);
    await userEvent.type(screen.getByLabelText("Motif de l'annulation*"), 'Doublon');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("C'est la seule situation d'exercice de ce professionnel");
    expect(screen.getByLabelText("Motif de l'annulation*")).toHaveValue('Doublon');
    expect(push).not.toHaveBeenCalled();
  });
});

describe('PreRegistrationForm: « Enregistrer et terminer plus tard »', () => {
  function actions(saveAnswer: Awaited<ReturnType<PreRegistrationActions['saveDraft']>>) {
    return {
      submit: jest.fn().mockResolvedValue({ ok: true, data: { number: 'P20260402000009' } }),
      saveDraft: jest.fn().mockResolvedValue(saveAnswer),
    };
  }
  const options = {
    countries: [
      { value: 'FR', label: 'France' },
      { value: 'BE', label: 'Belgique' },
    ],
    phoneCountries: PHONE_COUNTRIES,
  };

  it('keeps an incomplete form without checking it, and says where the link to come back was sent', async () => {
    const mocks = actions({ ok: true, data: { number: 'P20260402000008', email: 'lea@exemple.fr', created: true } });
    render(<PreRegistrationForm {...options} actions={mocks} />);
    await userEvent.type(screen.getByLabelText('Nom de naissance*'), 'Dupont');
    await userEvent.type(screen.getByLabelText('Adresse email*'), 'lea@exemple.fr');
    await userEvent.type(screen.getByRole('combobox', { name: 'Établissement*' }), 'Toulouse');
    await userEvent.click(await screen.findByRole('option', { name: /Centre hospitalier de Toulouse/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer et terminer plus tard' }));

    await waitFor(() => expect(mocks.saveDraft).toHaveBeenCalledTimes(1));
    expect(mocks.saveDraft.mock.calls[0][0]).toMatchObject({
      birthLastName: 'Dupont',
      email: 'lea@exemple.fr',
      establishmentId: ESTABLISHMENT_ID,
      token: undefined,
    });
    expect(mocks.submit).not.toHaveBeenCalled();
    expect(await screen.findByText('Votre demande n° P20260402000008 est enregistrée')).toBeVisible();
    expect(screen.getByText(/Un email vous a été envoyé à lea@exemple.fr avec un lien pour la reprendre/)).toBeVisible();
  });

  it('shows what a draft needs next to the fields, keeping what was typed', async () => {
    const mocks = actions({ ok: false, fieldErrors: { email: 'Saisissez une adresse email.', establishmentId: DRAFT_ESTABLISHMENT_REQUIRED } });
    render(<PreRegistrationForm {...options} actions={mocks} />);
    await userEvent.type(screen.getByLabelText('Nom de naissance*'), 'Dupont');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer et terminer plus tard' }));
    expect(await screen.findByText(DRAFT_ESTABLISHMENT_REQUIRED)).toBeVisible();
    expect(screen.getByLabelText('Adresse email*')).toHaveAccessibleDescription('Saisissez une adresse email.');
    expect(screen.getByRole('alert')).toHaveTextContent(DRAFT_NEEDS);
    expect(screen.getByLabelText('Nom de naissance*')).toHaveValue('Dupont');
  });

  it('reopens a saved draft with what was saved, saves it again, and sends it with the link’s token', async () => {
    const mocks = actions({ ok: true, data: { number: 'P20260402000008', email: 'lea@exemple.fr', created: false } });
    const token = 'b'.repeat(43);
    render(
      <PreRegistrationForm
        {...options}
        actions={mocks}
        draft={{
          token,
          number: 'P20260402000008',
          values: { birthLastName: 'Dupont', email: 'lea@exemple.fr', establishmentId: ESTABLISHMENT_ID, birthCountry: 'FR', mobilePhoneCountry: 'FR' },
          establishmentLabel: '310100017 - Centre hospitalier de Toulouse (Toulouse)',
        }}
      />,
    );
    expect(screen.getByLabelText('Nom de naissance*')).toHaveValue('Dupont');
    expect(screen.getByRole('combobox', { name: 'Établissement*' })).toHaveValue('310100017 - Centre hospitalier de Toulouse (Toulouse)');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer et terminer plus tard' }));
    expect(await screen.findByText("Votre demande n° P20260402000008 est enregistrée. Elle n'est pas encore envoyée.")).toBeVisible();
    expect(mocks.saveDraft).toHaveBeenCalledWith(expect.objectContaining({ token, birthLastName: 'Dupont' }));

    // « Envoyer ma demande » checks the whole form first: nothing goes to the server while it is incomplete.
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer ma demande' }));
    expect(await screen.findByText('Le prénom est obligatoire.')).toBeVisible();
    expect(mocks.submit).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText('Madame'));
    await userEvent.click(screen.getByLabelText('Féminin'));
    await userEvent.type(screen.getByLabelText('Prénom(s)*'), 'Léa');
    await userEvent.type(screen.getByLabelText('Date de naissance*'), '1999-05-05');
    await userEvent.selectOptions(screen.getByLabelText('Pays de naissance*'), 'BE');
    await userEvent.type(screen.getByLabelText('Commune de naissance*'), 'Bruxelles');
    await userEvent.type(screen.getByLabelText("Nom d'exercice*"), 'Dupont');
    await userEvent.type(screen.getByLabelText("Prénom d'exercice*"), 'Léa');
    await userEvent.selectOptions(screen.getByLabelText('Profession*'), 'SPECIALISED_EDUCATOR');
    await userEvent.type(screen.getByLabelText('Date de prise de fonction*'), '2022-05-02');
    await userEvent.click(screen.getByLabelText("J'accepte les conditions générales d'utilisation*"));
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer ma demande' }));
    await waitFor(() => expect(mocks.submit).toHaveBeenCalledTimes(1));
    expect(mocks.submit.mock.calls[0][0]).toMatchObject({ token, birthLastName: 'Dupont', birthCountry: 'BE', birthCommuneName: 'Bruxelles' });
    expect(await screen.findByText('Votre demande n° P20260402000009 a bien été envoyée')).toBeVisible();
  });
});
