/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
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

// A midwife: PSC's « Sage-femme » is one profession of our list (a nurse's is several, tested below).
const CERTIFIED = ownRecord({ email: 'lucie@exemple.test', certifiedByPsc: true, values: { lastName: 'Bonnet', firstName: 'Lucie', professionCode: 'MIDWIFE' } });
const CERTIFIED_NURSE = ownRecord({ certifiedByPsc: true, values: { professionCode: 'NURSE' } });

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
      ['Profession*', 'Sage-femme'],
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
    expect(screen.getByRole('combobox', { name: 'Profession*' })).toHaveValue('MIDWIFE');
    expect(screen.getByRole('radio', { name: 'RPPS' })).toBeChecked();
  });

  it('lets a certified nurse say which nurse, among the nurses only', async () => {
    const { updateRecord } = setup(CERTIFIED_NURSE);
    expect(screen.getByRole('status')).toHaveTextContent('vous pouvez préciser votre spécialisation');
    const profession = screen.getByRole('combobox', { name: 'Profession*' });
    expect(profession).toHaveValue('NURSE');
    expect(profession).toHaveAccessibleDescription('Certifié par Pro Santé Connect. Précisez votre spécialisation s’il y a lieu.');
    const offered = within(profession).getAllByRole('option').map((option) => (option as HTMLOptionElement).value).filter(Boolean);
    expect(offered).toEqual(['NURSE', 'NURSE_ANAESTHETIST', 'OPERATING_ROOM_NURSE', 'PAEDIATRIC_NURSE', 'ADVANCED_PRACTICE_NURSE']);
    await userEvent.selectOptions(profession, 'NURSE_ANAESTHETIST');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(updateRecord).toHaveBeenCalledWith({ ...CERTIFIED_NURSE.values, professionCode: 'NURSE_ANAESTHETIST' }));
  });
});
