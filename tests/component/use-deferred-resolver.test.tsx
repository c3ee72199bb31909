/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { SchemaDownloadAlert } from '@/components/forms/schema-download-alert';
import { useDeferredResolver } from '@/components/forms/use-deferred-resolver';

// A form whose schema comes with its first interaction: nothing is loaded while it mounts, though
// react-hook-form asks the resolver for `isValid` at once; the first focus loads it, once; validation
// then works as with a plain resolver; a failed load is said, and tried again by itself, when the browser
// is back online and at the next interaction, while a submit waits for it.
type Values = { name: string };
const schema = z.object({ name: z.string().trim().min(1, 'Le nom est obligatoire.') });

function NameForm({ load, onValid = () => undefined }: { load: () => Promise<typeof schema>; onValid?: (values: Values) => void }) {
  const deferred = useDeferredResolver<Values, unknown, Values>(load);
  const { register, formState, handleSubmit } = useForm<Values, unknown, Values>({ resolver: deferred.resolver, mode: 'onTouched', defaultValues: { name: '' } });
  return (
    <form onSubmit={(event) => void handleSubmit(onValid)(event)} {...deferred.startOn} noValidate>
      <label htmlFor="name">Nom*</label>
      <input id="name" aria-describedby="name-error" {...register('name')} />
      <p id="name-error">{formState.errors.name?.message}</p>
      <SchemaDownloadAlert unavailable={deferred.unavailable} />
      <button type="submit" disabled={!formState.isValid}>
        Valider
      </button>
    </form>
  );
}

it('loads nothing while the form mounts, loads the schema once at the first focus, then validates', async () => {
  const user = userEvent.setup();
  const load = jest.fn(async () => schema);
  render(<NameForm load={load} />);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(load).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Valider' })).toBeDisabled();

  await user.click(screen.getByLabelText('Nom*'));
  await user.tab();
  expect(await screen.findByText('Le nom est obligatoire.')).toBeInTheDocument();
  await user.type(screen.getByLabelText('Nom*'), 'Lefèvre');
  await waitFor(() => expect(screen.queryByText('Le nom est obligatoire.')).not.toBeInTheDocument());
  await waitFor(() => expect(screen.getByRole('button', { name: 'Valider' })).toBeEnabled());
  expect(load).toHaveBeenCalledTimes(1);
});

it('tries a failed download again at the next interaction', async () => {
  const user = userEvent.setup();
  const load = jest.fn<Promise<typeof schema>, []>().mockRejectedValueOnce(new Error('réseau perdu')).mockResolvedValue(schema);
  render(<NameForm load={load} />);
  await user.click(screen.getByLabelText('Nom*'));
  await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  await user.type(screen.getByLabelText('Nom*'), 'L');
  await user.clear(screen.getByLabelText('Nom*'));
  await user.tab();
  expect(await screen.findByText('Le nom est obligatoire.')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(2);
});

it('loads the schema when the form is sent without any focus, tap or keystroke first', async () => {
  const load = jest.fn(async () => schema);
  const onValid = jest.fn();
  render(<NameForm load={load} onValid={onValid} />);
  // What an assistive technology's « activate » or a script's requestSubmit() does: a bare submit event.
  fireEvent.submit(screen.getByRole('button', { name: 'Valider' }).closest('form')!);
  expect(await screen.findByText('Le nom est obligatoire.')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);
  expect(onValid).not.toHaveBeenCalled();
});

const LOST = 'Connexion interrompue';

it('says the download failed, tries again by itself after 2 s, then the waiting submit validates', async () => {
  jest.useFakeTimers();
  try {
    const load = jest.fn<Promise<typeof schema>, []>().mockRejectedValueOnce(new Error('réseau perdu')).mockResolvedValue(schema);
    const onValid = jest.fn();
    render(<NameForm load={load} onValid={onValid} />);
    fireEvent.change(screen.getByLabelText('Nom*'), { target: { value: 'Lefèvre' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Valider' }).closest('form')!);
    expect(await screen.findByText(LOST)).toBeInTheDocument();
    expect(screen.getByLabelText('Nom*')).toHaveValue('Lefèvre');
    expect(onValid).not.toHaveBeenCalled();

    await act(async () => jest.advanceTimersByTime(1_900));
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => jest.advanceTimersByTime(200));
    expect(load).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(onValid).toHaveBeenCalledWith({ name: 'Lefèvre' }, expect.anything()));
    expect(screen.queryByText(LOST)).not.toBeInTheDocument();
  } finally {
    jest.useRealTimers();
  }
});

it('waits longer after each failure, and tries at once when the browser is back online', async () => {
  jest.useFakeTimers();
  try {
    const load = jest.fn<Promise<typeof schema>, []>().mockRejectedValueOnce(new Error('réseau perdu')).mockRejectedValueOnce(new Error('toujours perdu')).mockResolvedValue(schema);
    render(<NameForm load={load} />);
    fireEvent.focus(screen.getByLabelText('Nom*'));
    expect(await screen.findByText(LOST)).toBeInTheDocument();
    await act(async () => jest.advanceTimersByTime(2_000));
    expect(load).toHaveBeenCalledTimes(2);
    // The second failure waits 4 s: nothing at 3 s, but the browser's « online » does not wait.
    await act(async () => jest.advanceTimersByTime(3_000));
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => window.dispatchEvent(new Event('online')));
    expect(load).toHaveBeenCalledTimes(3);
    await waitFor(() => expect(screen.queryByText(LOST)).not.toBeInTheDocument());
    await act(async () => jest.advanceTimersByTime(60_000));
    expect(load).toHaveBeenCalledTimes(3);
  } finally {
    jest.useRealTimers();
  }
});
