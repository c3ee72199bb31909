/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PeriodsForm } from '@/app/(professional)/professionnel/disponibilites/_components/periods-form';
import type { ActionResult } from '@/lib/actions/result';
import type { OwnPeriods } from '@/lib/professionals/own/periods';

const SAVED: OwnPeriods = {
  periods: [{ id: '6f1c2a4e-0000-4000-8000-000000000001', startDate: '2026-12-01', endDate: '2026-12-31' }],
  hasCurrentPeriod: true,
};

function setup(answer: ActionResult<OwnPeriods> = { ok: true, data: SAVED }) {
  const savePeriods = jest.fn().mockResolvedValue(answer);
  render(<PeriodsForm saved={SAVED} savePeriods={savePeriods} />);
  return { savePeriods };
}

const period = (n: number) => screen.getByRole('group', { name: `Période ${n}` });
const dateField = (n: number, label: 'Date de début*' | 'Date de fin') => within(period(n)).getByLabelText(label) as HTMLInputElement;
const setDate = (n: number, label: 'Date de début*' | 'Date de fin', value: string) => fireEvent.change(dateField(n, label), { target: { value } });

describe('PeriodsForm (« Mes disponibilités »)', () => {
  it('shows the saved periods', () => {
    setup();
    expect(dateField(1, 'Date de début*')).toHaveValue('2026-12-01');
    expect(dateField(1, 'Date de fin')).toHaveValue('2026-12-31');
  });

  it('adds a period, edits one and saves the whole list together, keeping the saved id', async () => {
    const { savePeriods } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter une période' }));
    setDate(2, 'Date de début*', '2027-02-01');
    setDate(1, 'Date de fin', '2027-01-15');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(savePeriods).toHaveBeenCalledTimes(1));
    expect(savePeriods).toHaveBeenCalledWith({
      periods: [
        { id: SAVED.periods[0]!.id, startDate: '2026-12-01', endDate: '2027-01-15' },
        { startDate: '2027-02-01', endDate: '' },
      ],
    });
    expect(await screen.findByText('Vos disponibilités sont enregistrées.')).toBeInTheDocument();
  });

  it('refuses an end before the start next to the field, without saving', async () => {
    const { savePeriods } = setup();
    setDate(1, 'Date de fin', '2026-11-01');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await within(period(1)).findByText('La date de fin doit être postérieure ou égale à la date de début.')).toBeInTheDocument();
    expect(dateField(1, 'Date de fin')).toHaveAttribute('aria-invalid', 'true');
    expect(savePeriods).not.toHaveBeenCalled();
  });

  it('lets the list be emptied, and says they will count as Indisponible', async () => {
    const { savePeriods } = setup({ ok: true, data: { periods: [], hasCurrentPeriod: false } });
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer la période 1' }));
    expect(screen.queryByRole('group', { name: 'Période 1' })).not.toBeInTheDocument();
    expect(screen.getByTestId('no-period-warning')).toHaveTextContent('Indisponible');

    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(savePeriods).toHaveBeenCalledWith({ periods: [] }));
    expect(await screen.findByText(/enregistrées\. Sans période/)).toBeInTheDocument();
  });

  it('shows a server message next to its field and keeps what was typed', async () => {
    setup({ ok: false, fieldErrors: { 'periods.0.startDate': 'Date invalide.' } });
    setDate(1, 'Date de début*', '2026-12-05');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await within(period(1)).findByText('Date invalide.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Corrigez les champs signalés.');
    expect(dateField(1, 'Date de début*')).toHaveValue('2026-12-05');
  });

  it('shows a form error when the save fails, keeping the edits', async () => {
    setup({ ok: false, formError: 'Une erreur est survenue. Vos saisies sont conservées : réessayez dans un instant.' });
    setDate(1, 'Date de fin', '2027-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vos saisies sont conservées');
    expect(dateField(1, 'Date de fin')).toHaveValue('2027-03-01');
  });

  it('« Annuler » drops the edits and goes back to the saved list', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter une période' }));
    setDate(1, 'Date de fin', '2027-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('group', { name: 'Période 2' })).not.toBeInTheDocument();
    expect(dateField(1, 'Date de fin')).toHaveValue('2026-12-31');
  });
});
