/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { NewNeedForm, type SubmitNewNeed } from '@/components/establishment/new-need-form';

// « Nouveau besoin » (SPEC §6.3) with the real shared schema; only the server action (a prop) and Next's
// router are replaced. Labels are found exactly as the SPEC writes them.

const mockPush = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: mockPush, refresh: jest.fn() }) }));

const submit = jest.fn<ReturnType<SubmitNewNeed>, Parameters<SubmitNewNeed>>();
const requester = { firstName: 'Claire', lastName: 'Fabre', email: 'claire.fabre@chu.test', phone: '05 61 00 00 00' };
const toulouse = {
  id: '6f1c2d1e-0000-4000-8000-000000000001',
  name: 'Centre hospitalier de Toulouse',
  category: 'HOSPITAL_LAW',
  finess: '310100017',
  gid: null,
  address: '2 rue Viguerie',
  postalCode: '31300',
  city: 'Toulouse',
  regionCode: '76',
};
const albi = { ...toulouse, id: '6f1c2d1e-0000-4000-8000-000000000002', name: 'EHPAD d’Albi', finess: '810000016', city: 'Albi', postalCode: '81000' };

beforeEach(() => {
  submit.mockReset();
  mockPush.mockReset();
});

const validate = () => screen.getByRole('button', { name: 'Valider' });
const mission = (n: number) => within(screen.getByRole('group', { name: `Mission ${n}` }));

async function fillMission(user: UserEvent, n: number, values: { start: string; end: string; profession: string }) {
  const fields = mission(n);
  fireEvent.change(fields.getByLabelText('Date de début*'), { target: { value: values.start } });
  fireEvent.change(fields.getByLabelText('Date de fin*'), { target: { value: values.end } });
  await user.selectOptions(fields.getByLabelText('Profession demandée*'), values.profession);
}

describe('NewNeedForm', () => {
  it('shows the requester and the establishment pre-filled and read-only', () => {
    render(<NewNeedForm requester={requester} establishments={[toulouse]} submit={submit} />);
    expect(screen.getByLabelText('Nom')).toHaveValue('Fabre');
    expect(screen.getByLabelText('Nom')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Courriel')).toHaveValue('claire.fabre@chu.test');
    expect(screen.getByLabelText('N° FINESS géographique')).toHaveValue('310100017');
    expect(screen.getByLabelText('N° FINESS géographique')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Catégorie établissement')).toHaveValue('Établissements relevant de la loi hospitalière');
    // The ARS the need goes to (SPEC §6.1 « Région de rattachement »).
    expect(screen.getByLabelText('Région de rattachement')).toHaveValue('Occitanie');
    expect(screen.getByLabelText('Région de rattachement')).toHaveAttribute('readonly');
    // One establishment: nothing to choose.
    expect(screen.queryByLabelText('Établissement concerné*')).not.toBeInTheDocument();
  });

  it('has no axe violation, with two establishments to choose from and two missions', async () => {
    const user = userEvent.setup();
    const { container } = render(<NewNeedForm requester={requester} establishments={[toulouse, albi]} submit={submit} />);
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    // jsdom renders no colours: contrast is left to the Playwright journey's axe check.
    const results = await axe.run(container, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('keeps « Valider » disabled until every mission is valid', async () => {
    const user = userEvent.setup();
    render(<NewNeedForm requester={requester} establishments={[toulouse]} submit={submit} />);
    expect(validate()).toBeDisabled();
    await fillMission(user, 1, { start: '2027-01-04', end: '2027-01-31', profession: 'Infirmier (IDE)' });
    await waitFor(() => expect(validate()).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    await waitFor(() => expect(validate()).toBeDisabled());
    await fillMission(user, 2, { start: '2027-02-01', end: '2027-02-14', profession: 'Aide-soignant' });
    await waitFor(() => expect(validate()).toBeEnabled());
    await user.clear(mission(2).getByLabelText('Nombre*'));
    await waitFor(() => expect(validate()).toBeDisabled());
  });

  it('says so next to « Date de fin* » when it is before the start', async () => {
    const user = userEvent.setup();
    render(<NewNeedForm requester={requester} establishments={[toulouse]} submit={submit} />);
    await fillMission(user, 1, { start: '2027-02-10', end: '2027-02-01', profession: 'Infirmier (IDE)' });
    fireEvent.blur(mission(1).getByLabelText('Date de fin*'));
    expect(await screen.findByText('La date de fin doit être postérieure ou égale à la date de début.')).toBeInTheDocument();
    expect(mission(1).getByLabelText('Date de fin*')).toHaveAttribute('aria-invalid', 'true');
    expect(validate()).toBeDisabled();
    fireEvent.change(mission(1).getByLabelText('Date de fin*'), { target: { value: '2027-02-10' } });
    await waitFor(() => expect(screen.queryByText('La date de fin doit être postérieure ou égale à la date de début.')).not.toBeInTheDocument());
    await waitFor(() => expect(validate()).toBeEnabled());
  });

  it('flags nothing the user has not reached when a mission is added, and everything on request', async () => {
    const user = userEvent.setup();
    render(<NewNeedForm requester={requester} establishments={[toulouse]} submit={submit} />);
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    // The whole list is validated after an addition: its errors exist, but the fields were never left.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Choisissez la profession demandée.')).not.toBeInTheDocument();
    expect(screen.queryByText('La date de début est obligatoire.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voir les champs à compléter' }));
    expect(await screen.findAllByText('Choisissez la profession demandée.')).toHaveLength(2);
    expect(screen.getAllByText('La date de début est obligatoire.')).toHaveLength(2);
    expect(submit).not.toHaveBeenCalled();
  });

  it('adds and removes missions, keeping what was typed in the others', async () => {
    const user = userEvent.setup();
    render(<NewNeedForm requester={requester} establishments={[toulouse]} submit={submit} />);
    expect(screen.queryByRole('button', { name: /Supprimer/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    expect(screen.getAllByRole('group', { name: /^Mission \d$/ })).toHaveLength(3);
    await user.type(mission(2).getByLabelText('Précisions'), 'Deuxième');
    await user.type(mission(3).getByLabelText('Précisions'), 'Troisième');
    await user.click(mission(1).getByRole('button', { name: 'Supprimer la mission 1' }));
    expect(screen.getAllByRole('group', { name: /^Mission \d$/ })).toHaveLength(2);
    expect(mission(1).getByLabelText('Précisions')).toHaveValue('Deuxième');
    expect(mission(2).getByLabelText('Précisions')).toHaveValue('Troisième');
    expect(screen.getByText('9 / 255', { exact: false })).toBeInTheDocument();
  });

  it('sends the missions as typed for the chosen establishment, then goes back to the dashboard', async () => {
    const user = userEvent.setup();
    submit.mockResolvedValue({ ok: true, data: { count: 2 } });
    render(<NewNeedForm requester={requester} establishments={[toulouse, albi]} submit={submit} />);
    await user.selectOptions(screen.getByLabelText('Établissement concerné*'), 'EHPAD d’Albi');
    expect(screen.getByLabelText('N° FINESS géographique')).toHaveValue('810000016');
    await fillMission(user, 1, { start: '2027-01-04', end: '2027-01-31', profession: 'Infirmier (IDE)' });
    await user.click(mission(1).getByLabelText('Disponible week-end'));
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    await fillMission(user, 2, { start: '2027-02-01', end: '2027-02-14', profession: 'Aide-soignant' });
    await waitFor(() => expect(validate()).toBeEnabled());
    await user.click(validate());

    await waitFor(() => expect(mockPush).toHaveBeenCalledWith('/etablissement?nouveau=2'));
    const sent = submit.mock.calls[0]![0];
    expect(sent.establishmentId).toBe(albi.id);
    expect(sent.missions).toHaveLength(2);
    expect(sent.missions[0]).toMatchObject({ startDate: '2027-01-04', endDate: '2027-01-31', professionCode: 'NURSE', needsWeekend: true });
    expect(sent.missions[1]).toMatchObject({ professionCode: 'CARE_ASSISTANT', needsWeekend: false });
  });

  it('shows a refusal from the server next to its field and keeps everything typed', async () => {
    const user = userEvent.setup();
    submit.mockResolvedValue({ ok: false, fieldErrors: { 'missions.0.endDate': 'Cette date est passée : la mission doit se terminer aujourd’hui ou plus tard.' } });
    render(<NewNeedForm requester={requester} establishments={[toulouse]} submit={submit} />);
    await fillMission(user, 1, { start: '2027-01-04', end: '2027-01-31', profession: 'Infirmier (IDE)' });
    await user.type(mission(1).getByLabelText('Précisions'), 'Nuits');
    await waitFor(() => expect(validate()).toBeEnabled());
    await user.click(validate());
    expect(await screen.findByText('Cette date est passée : la mission doit se terminer aujourd’hui ou plus tard.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Vos saisies sont conservées');
    expect(mission(1).getByLabelText('Précisions')).toHaveValue('Nuits');
    expect(mockPush).not.toHaveBeenCalled();
  });

  it('« Annuler » clears what was typed', async () => {
    const user = userEvent.setup();
    render(<NewNeedForm requester={requester} establishments={[toulouse]} submit={submit} />);
    await user.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    await user.type(mission(1).getByLabelText('Précisions'), 'Nuits');
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getAllByRole('group', { name: /^Mission \d$/ })).toHaveLength(1);
    expect(mission(1).getByLabelText('Précisions')).toHaveValue('');
  });
});
