/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecordForm } from '@/app/(professional)/professionnel/fiche/_components/record-form';
import type { ActionResult } from '@/lib/actions/result';
import type { OwnRecord } from '@/lib/professionals/own/record';
import { ownRecord } from './support/own-record';

// The commune suggestions call /api/reference/communes: the network is the only thing replaced, by one
// that never answers (suggestions are a convenience the form must work without).
beforeAll(() => {
  global.fetch = jest.fn(() => new Promise<Response>(() => undefined));
});

const SAVED = ownRecord({ values: { ehpadExperience: true } });

function setup(answer: ActionResult<OwnRecord>) {
  const updateRecord = jest.fn().mockResolvedValue(answer);
  render(<RecordForm saved={SAVED} updateRecord={updateRecord} />);
  return { updateRecord };
}

describe('RecordForm (« Ma fiche »)', () => {
  it('shows the email read-only and « RPPS vérifié » for the saved identifier', () => {
    setup({ ok: true, data: SAVED });
    expect(screen.getByLabelText('Courriel')).toHaveValue('alex@exemple.test');
    expect(screen.getByLabelText('Courriel')).toHaveAttribute('readonly');
    expect(screen.getByTestId('identifier-summary')).toHaveTextContent('RPPS 10101010101');
    expect(screen.getByTestId('rpps-verified')).toHaveTextContent('RPPS vérifié');
  });

  it('« Valider » sends the edited record and says it is saved', async () => {
    const saved = { ...SAVED, values: { ...SAVED.values, phone: '0711223344', comment: 'De nuit' } };
    const { updateRecord } = setup({ ok: true, data: saved });
    await userEvent.clear(screen.getByLabelText('Téléphone*'));
    await userEvent.type(screen.getByLabelText('Téléphone*'), '0711223344');
    await userEvent.type(screen.getByLabelText('Commentaire'), 'De nuit');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));

    await waitFor(() => expect(updateRecord).toHaveBeenCalledTimes(1));
    expect(updateRecord).toHaveBeenCalledWith({ ...SAVED.values, phone: '0711223344', comment: 'De nuit' });
    expect(await screen.findByText('Vos modifications sont enregistrées.')).toBeInTheDocument();
  });

  it('shows a server message next to its field and keeps what was typed', async () => {
    setup({ ok: false, fieldErrors: { postalCode: 'Code postal inconnu : vérifiez les 5 chiffres.' } });
    await userEvent.clear(screen.getByLabelText('Code postal*'));
    await userEvent.type(screen.getByLabelText('Code postal*'), '00000');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));

    const field = screen.getByLabelText('Code postal*');
    await waitFor(() => expect(field).toHaveAccessibleDescription('Code postal inconnu : vérifiez les 5 chiffres.'));
    expect(field).toHaveValue('00000');
    expect(screen.getByRole('alert')).toHaveTextContent('Corrigez les champs signalés.');
  });

  it('refuses an invalid phone without calling the server', async () => {
    const { updateRecord } = setup({ ok: true, data: SAVED });
    await userEvent.clear(screen.getByLabelText('Téléphone*'));
    await userEvent.type(screen.getByLabelText('Téléphone*'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText('Numéro de téléphone invalide (10 chiffres, ou +indicatif).')).toBeInTheDocument();
    expect(updateRecord).not.toHaveBeenCalled();
  });

  it('« Annuler » drops the edits', async () => {
    setup({ ok: true, data: SAVED });
    await userEvent.clear(screen.getByLabelText('Téléphone*'));
    await userEvent.type(screen.getByLabelText('Téléphone*'), '0799999999');
    await userEvent.click(screen.getByLabelText('Véhicule personnel'));
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByLabelText('Téléphone*')).toHaveValue('0600000000');
    expect(screen.getByLabelText('Véhicule personnel')).not.toBeChecked();
  });
});
