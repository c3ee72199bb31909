/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { AccountRequestForm } from '@/app/(public)/inscription/etablissement/_components/account-request-form';
import { makeFiness } from '@/lib/seed/establishments';

// The account request form of SPEC §6.1 with the real schema; only the server action (a prop) and the
// communes lookup (fetch) are replaced. Labels are found exactly as the SPEC writes them.

const VALID_FINESS = makeFiness('31', 123456);
const submit = jest.fn();

beforeEach(() => {
  submit.mockReset();
  global.fetch = jest.fn(async () => ({ ok: true, json: async () => ({ communes: ['Toulouse'], regionCode: '76' }) }) as Response) as unknown as typeof fetch;
});

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const validate = () => screen.getByRole('button', { name: 'Valider' });
const mission = (n: number) => within(screen.getByRole('group', { name: `Mission ${n}` }));

async function fillRequester(user: UserEvent) {
  await user.type(field('Nom*'), 'Martin');
  await user.type(field('Prénom*'), 'Claire');
  await user.type(field('Courriel*'), 'claire.martin@ehpad.test');
  await user.type(field('Téléphone*'), '05 61 00 00 00');
}

async function fillEstablishment(user: UserEvent, identifier = VALID_FINESS) {
  await user.selectOptions(field('Catégorie établissement*'), 'Établissements relevant de la loi hospitalière');
  await user.type(field('N° FINESS géographique*'), identifier);
  await user.type(field('Nom établissement*'), 'EHPAD Les Tilleuls');
  await user.type(field('Adresse*'), '4 rue des Tilleuls');
  await user.type(field('Code postal*'), '31200');
  await user.type(field('Ville*'), 'Toulouse');
}

async function fillMission(user: UserEvent, n = 1) {
  const fields = mission(n);
  fireEvent.change(fields.getByLabelText('Date de début*'), { target: { value: '2027-01-04' } });
  fireEvent.change(fields.getByLabelText('Date de fin*'), { target: { value: '2027-01-31' } });
  await user.selectOptions(fields.getByLabelText('Profession demandée*'), 'Infirmier (IDE)');
}

describe('AccountRequestForm', () => {
  it('keeps « Valider » disabled until every required field is valid', async () => {
    const user = userEvent.setup();
    render(<AccountRequestForm submit={submit} />);
    expect(validate()).toBeDisabled();
    await fillRequester(user);
    await fillEstablishment(user);
    // The region comes from the postal code while the requester has not chosen one.
    await waitFor(() => expect(field('Région de rattachement*')).toHaveValue('76'));
    expect(validate()).toBeDisabled();
    await fillMission(user);
    await waitFor(() => expect(validate()).toBeEnabled());
    await user.clear(field('Nom*'));
    await waitFor(() => expect(validate()).toBeDisabled());
  });

  it('proposes the region of a CEDEX postal code and says how to write the town', async () => {
    const user = userEvent.setup();
    const lookup = jest.fn(async () => ({ ok: true, json: async () => ({ communes: [], regionCode: '76', cedex: true }) }) as Response);
    global.fetch = lookup as unknown as typeof fetch;
    render(<AccountRequestForm submit={submit} />);
    await user.type(field('Code postal*'), '31059');
    await waitFor(() => expect(field('Région de rattachement*')).toHaveValue('76'));
    expect(lookup).toHaveBeenCalledWith('/api/reference/communes?cp=31059&cedex=1', expect.anything());
    expect(screen.getByText(/Code postal CEDEX : écrivez le nom de la commune, sans « Cedex »/)).toBeInTheDocument();
  });

  it('hides the missions and asks for none with « Je n\'ai pas de besoin immédiat », keeping what was typed', async () => {
    const user = userEvent.setup();
    render(<AccountRequestForm submit={submit} />);
    await fillRequester(user);
    await fillEstablishment(user);
    await user.type(mission(1).getByLabelText('Précisions'), 'Nuits');
    expect(screen.getByRole('button', { name: 'Ajouter une mission' })).toBeInTheDocument();

    await user.click(field("Je n'ai pas de besoin immédiat"));
    expect(screen.queryByRole('group', { name: 'Mission 1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajouter une mission' })).not.toBeInTheDocument();
    await waitFor(() => expect(validate()).toBeEnabled());

    await user.click(field("Je n'ai pas de besoin immédiat"));
    expect(mission(1).getByLabelText('Précisions')).toHaveValue('Nuits');
    await waitFor(() => expect(validate()).toBeDisabled());
  });

  it('flags nothing in a mission just added, as long as its fields were not left', async () => {
    const user = userEvent.setup();
    render(<AccountRequestForm submit={submit} />);
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    // The whole list is validated after an addition: its errors exist, but the fields were never left.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Choisissez la profession demandée.')).not.toBeInTheDocument();
    expect(screen.queryByText('La date de début est obligatoire.')).not.toBeInTheDocument();
    expect(mission(2).getByLabelText('Date de début*')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('adds and removes missions', async () => {
    const user = userEvent.setup();
    render(<AccountRequestForm submit={submit} />);
    expect(screen.queryByRole('button', { name: /Supprimer/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    await user.type(mission(2).getByLabelText('Précisions'), 'Deuxième');
    await user.click(mission(1).getByRole('button', { name: 'Supprimer la mission 1' }));
    expect(screen.queryByRole('group', { name: 'Mission 2' })).not.toBeInTheDocument();
    expect(mission(1).getByLabelText('Précisions')).toHaveValue('Deuxième');
  });

  it('shows the FINESS key error next to the field', async () => {
    const user = userEvent.setup();
    render(<AccountRequestForm submit={submit} />);
    const wrongKey = `${VALID_FINESS.slice(0, 8)}${(Number(VALID_FINESS[8]) + 1) % 10}`;
    await user.selectOptions(field('Catégorie établissement*'), 'Autres établissements à caractère sanitaire');
    await user.type(field('N° FINESS géographique*'), wrongKey);
    await user.tab();
    expect(await screen.findByText("Le numéro FINESS n'est pas valide : vérifiez les chiffres saisis.")).toBeInTheDocument();
    expect(field('N° FINESS géographique*')).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field('N° FINESS géographique*'));
    await user.type(field('N° FINESS géographique*'), '20');
    expect(await screen.findByText('Le numéro FINESS doit comporter 9 caractères.')).toBeInTheDocument();
  });

  it('asks a vaccination centre for its GID instead of a FINESS', async () => {
    const user = userEvent.setup();
    render(<AccountRequestForm submit={submit} />);
    expect(field('N° FINESS géographique*')).toBeInTheDocument();
    await user.type(field('N° FINESS géographique*'), '1234');
    await user.tab();
    await user.selectOptions(field('Catégorie établissement*'), 'Centre de vaccination');
    expect(screen.queryByLabelText('N° FINESS géographique*')).not.toBeInTheDocument();
    expect(field('GID*')).toHaveValue('1234');
    // 1234 is a fine GID (and was a refused FINESS): the message follows the category.
    await waitFor(() => expect(field('GID*')).not.toHaveAttribute('aria-invalid'));
    await user.clear(field('GID*'));
    await user.type(field('GID*'), 'AB12');
    expect(await screen.findByText('Le GID ne contient que des chiffres (10 au plus).')).toBeInTheDocument();
  });

  it('sends the values as typed, then confirms in a dialog', async () => {
    const user = userEvent.setup();
    submit.mockResolvedValue({ ok: true, data: null });
    render(<AccountRequestForm submit={submit} />);
    await fillRequester(user);
    await fillEstablishment(user);
    await fillMission(user);
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    await fillMission(user, 2);
    await waitFor(() => expect(validate()).toBeEnabled());
    await user.click(validate());

    const dialog = await screen.findByRole('dialog', { name: 'Demande de renfort prise en compte' });
    expect(dialog).toHaveTextContent('claire.martin@ehpad.test');
    const sent = submit.mock.calls[0]![0];
    expect(sent).toMatchObject({ email: 'claire.martin@ehpad.test', identifier: VALID_FINESS, category: 'HOSPITAL_LAW', regionCode: '76', noImmediateNeed: false });
    expect(sent.missions).toHaveLength(2);
  });

  it('shows a server refusal next to its field and keeps everything typed', async () => {
    const user = userEvent.setup();
    submit.mockResolvedValue({ ok: false, fieldErrors: { postalCode: 'Code postal inconnu.' } });
    render(<AccountRequestForm submit={submit} />);
    await fillRequester(user);
    await fillEstablishment(user);
    await fillMission(user);
    await waitFor(() => expect(validate()).toBeEnabled());
    await user.click(validate());
    expect(await screen.findByText('Code postal inconnu.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Vos saisies sont conservées');
    expect(field('Code postal*')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Nom établissement*')).toHaveValue('EHPAD Les Tilleuls');
    expect(mission(1).getByLabelText('Profession demandée*')).toHaveValue('NURSE');
  });

  it('clears the form with « Annuler »', async () => {
    const user = userEvent.setup();
    render(<AccountRequestForm submit={submit} />);
    await fillRequester(user);
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(field('Nom*')).toHaveValue('');
    expect(field('Courriel*')).toHaveValue('');
    expect(screen.queryByRole('group', { name: 'Mission 2' })).not.toBeInTheDocument();
  });
});
