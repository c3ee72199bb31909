/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecordForm } from '@/app/(professional)/professionnel/fiche/_components/record-form';
import type { ActionResult } from '@/lib/actions/result';
import type { OwnRecord } from '@/lib/professionals/own/record';
import { ownRecord } from './support/own-record';

// « Ma fiche » of a volunteer whose RPPS number Pro Santé Connect certifies (SPEC §16): names, identifier
// and profession read-only with the reason, as on the sign-up PSC pre-fills; the rest stays editable.

beforeAll(() => {
  global.fetch = jest.fn(() => new Promise<Response>(() => undefined));
});

const CERTIFIED = ownRecord({ email: 'lucie@exemple.test', certifiedByPsc: true, values: { lastName: 'Bonnet', firstName: 'Lucie' } });

const field = (label: string) => screen.getByLabelText(label, { exact: true });

function setup(saved: OwnRecord) {
  const updateRecord = jest.fn().mockResolvedValue({ ok: true, data: saved } satisfies ActionResult<OwnRecord>);
  render(<RecordForm saved={saved} updateRecord={updateRecord} />);
  return { updateRecord };
}

describe('RecordForm (« Ma fiche ») certified by Pro Santé Connect', () => {
  it('shows names, identifier and profession read-only, with the reason', () => {
    setup(CERTIFIED);
    expect(screen.getByRole('status')).toHaveTextContent('Certifié par Pro Santé Connect : vos nom, prénom, numéro RPPS et profession ne se modifient pas ici.');
    for (const [label, value] of [
      ['Nom*', 'Bonnet'],
      ['Prénom*', 'Lucie'],
      ["Type d'identifiant*", 'RPPS'],
      ["Numéro d'identifiant", '10101010101'],
      ['Profession*', 'Infirmier (IDE)'],
    ] as const) {
      expect(field(label)).toHaveValue(value);
      expect(field(label)).toHaveAttribute('readonly');
      expect(field(label)).toHaveAccessibleDescription('Certifié par Pro Santé Connect.');
    }
    expect(field('Téléphone*')).not.toHaveAttribute('readonly');
    expect(field("Type d'activité*")).toBeEnabled();
  });

  it('« Valider » sends the certified values as saved, with the other edits', async () => {
    const { updateRecord } = setup(CERTIFIED);
    await userEvent.type(field('Nom*'), 'X');
    await userEvent.clear(field('Téléphone*'));
    await userEvent.type(field('Téléphone*'), '0711223344');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));

    await waitFor(() => expect(updateRecord).toHaveBeenCalledTimes(1));
    expect(updateRecord).toHaveBeenCalledWith({ ...CERTIFIED.values, phone: '0711223344' });
  });

  it('leaves every field editable, without the reason, when nothing is certified', () => {
    setup({ ...CERTIFIED, certifiedByPsc: false });
    expect(screen.queryByText(/ne se modifient pas ici/)).not.toBeInTheDocument();
    for (const label of ['Nom*', 'Prénom*', "Numéro d'identifiant"]) expect(field(label)).not.toHaveAttribute('readonly');
    expect(screen.getByRole('combobox', { name: 'Profession*' })).toHaveValue('NURSE');
    expect(screen.getByRole('radio', { name: 'RPPS' })).toBeChecked();
  });
});
