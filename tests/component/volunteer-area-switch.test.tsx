/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AvailabilitySwitch } from '@/app/(professional)/professionnel/_components/availability-switch';
import type { ActionResult } from '@/lib/actions/result';

type Result = ActionResult<{ available: boolean }>;

/** A stand-in for the server action whose answer the test releases when it wants. */
function deferredAction() {
  let resolve: (result: Result) => void = () => undefined;
  const action = jest.fn(() => new Promise<Result>((r) => (resolve = r)));
  return { action, answer: (result: Result) => act(async () => resolve(result)) };
}

describe('AvailabilitySwitch', () => {
  it('is a switch named after the current state', () => {
    render(<AvailabilitySwitch available setAvailability={jest.fn()} />);
    const toggle = screen.getByRole('switch', { name: 'Disponible' });
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(toggle).toHaveAccessibleDescription(/vous déclarer indisponible/);
  });

  it('one tap asks for Indisponible and shows it at once', async () => {
    const { action, answer } = deferredAction();
    render(<AvailabilitySwitch available setAvailability={action} />);
    await userEvent.click(screen.getByRole('switch'));

    expect(action).toHaveBeenCalledWith({ available: false });
    const toggle = screen.getByRole('switch', { name: 'Indisponible' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(toggle).toHaveAttribute('aria-busy', 'true');
    await answer({ ok: true, data: { available: false } });
    expect(toggle).not.toHaveAttribute('aria-busy');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('goes back and says so when the save fails', async () => {
    const { action, answer } = deferredAction();
    render(<AvailabilitySwitch available={false} setAvailability={action} />);
    await userEvent.click(screen.getByRole('switch', { name: 'Indisponible' }));
    expect(action).toHaveBeenCalledWith({ available: true });
    await answer({ ok: false, formError: 'Élément introuvable.' });

    expect(screen.getByRole('switch', { name: 'Indisponible' })).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('alert')).toHaveTextContent('Élément introuvable.');
  });

  it('says a failure in French when the request itself fails', async () => {
    const action = jest.fn().mockRejectedValue(new Error('network'));
    render(<AvailabilitySwitch available setAvailability={action} />);
    await userEvent.click(screen.getByRole('switch'));
    expect(await screen.findByRole('alert')).toHaveTextContent('n’a pas pu être enregistrée');
    expect(screen.getByRole('switch', { name: 'Disponible' })).toBeInTheDocument();
  });

  it('ignores taps while saving, so a double tap does not flip it back', async () => {
    const { action, answer } = deferredAction();
    render(<AvailabilitySwitch available setAvailability={action} />);
    const toggle = screen.getByRole('switch');
    await userEvent.click(toggle);
    await userEvent.click(toggle);
    expect(action).toHaveBeenCalledTimes(1);
    await answer({ ok: true, data: { available: false } });
    expect(screen.getByRole('switch', { name: 'Indisponible' })).toBeInTheDocument();
  });

  it('works with the keyboard', async () => {
    const action = jest.fn().mockResolvedValue({ ok: true, data: { available: false } });
    render(<AvailabilitySwitch available setAvailability={action} />);
    await userEvent.tab();
    expect(screen.getByRole('switch')).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(action).toHaveBeenCalledWith({ available: false });
  });
});
