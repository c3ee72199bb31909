/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useActionForm, type ActionFormOptions } from '@/components/forms/use-action-form';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';

// The one hook of the action forms: a refusal from the server lands next to its fields and above the
// form, what was typed stays, and the button says the action is running.

const schema = z.object({ name: z.string().min(1, 'Le nom est obligatoire.'), city: z.string() });
type Input = z.input<typeof schema>;
type Data = { saved: string };

function TestForm({ run, options }: { run: (values: Input, typed: Input) => Promise<ActionResult<Data>>; options: Omit<ActionFormOptions<Data>, 'onSuccess'> & { onSuccess?: (data: Data) => void } }) {
  const form = useForm<Input>({ resolver: zodResolver(schema), defaultValues: { name: '', city: '' } });
  const { submit, formError, pending } = useActionForm(form, run, { onSuccess: () => undefined, ...options });
  const { errors } = form.formState;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {formError ? <p role="alert">{formError}</p> : null}
      <label htmlFor="name">Nom</label>
      <input id="name" {...form.register('name')} />
      {errors.name ? <p data-testid="name-error">{errors.name.message}</p> : null}
      <label htmlFor="city">Ville</label>
      <input id="city" {...form.register('city')} />
      {errors.city ? <p data-testid="city-error">{errors.city.message}</p> : null}
      <button type="submit">{pending ? 'Envoi…' : 'Envoyer'}</button>
    </form>
  );
}

async function fillAndSend() {
  await userEvent.type(screen.getByLabelText('Nom'), 'Durand');
  await userEvent.type(screen.getByLabelText('Ville'), 'Albi');
  await userEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
}

describe('useActionForm', () => {
  it('checks the schema first: nothing is sent while a field is wrong', async () => {
    const run = jest.fn();
    render(<TestForm run={run} options={{}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(await screen.findByTestId('name-error')).toHaveTextContent('Le nom est obligatoire.');
    expect(run).not.toHaveBeenCalled();
  });

  it('sends the checked and the typed values, then hands the data to onSuccess', async () => {
    const run = jest.fn().mockResolvedValue({ ok: true, data: { saved: 'oui' } });
    const onSuccess = jest.fn();
    render(<TestForm run={run} options={{ onSuccess }} />);
    await fillAndSend();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ saved: 'oui' }));
    expect(run).toHaveBeenCalledWith({ name: 'Durand', city: 'Albi' }, { name: 'Durand', city: 'Albi' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts each field error next to its field, focuses the first, keeps what was typed', async () => {
    const run = jest.fn().mockResolvedValue({ ok: false, fieldErrors: { city: 'Ville inconnue.', name: 'Déjà utilisé.' } });
    render(<TestForm run={run} options={{ fieldErrorsMessage: 'Corrigez les champs signalés.' }} />);
    await fillAndSend();
    expect(await screen.findByTestId('city-error')).toHaveTextContent('Ville inconnue.');
    expect(screen.getByTestId('name-error')).toHaveTextContent('Déjà utilisé.');
    expect(screen.getByRole('alert')).toHaveTextContent('Corrigez les champs signalés.');
    expect(screen.getByLabelText('Ville')).toHaveFocus();
    expect(screen.getByLabelText('Nom')).toHaveValue('Durand');
    expect(screen.getByLabelText('Ville')).toHaveValue('Albi');
  });

  it('shows no form-level message for field errors unless asked, and can leave the focus alone', async () => {
    const run = jest.fn().mockResolvedValue({ ok: false, fieldErrors: { city: 'Ville inconnue.' } });
    render(<TestForm run={run} options={{ focusFirstError: false }} />);
    await fillAndSend();
    expect(await screen.findByTestId('city-error')).toHaveTextContent('Ville inconnue.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Ville')).not.toHaveFocus();
  });

  it('shows the form-level message of a refusal, and the generic one when the call throws', async () => {
    const run = jest.fn().mockResolvedValueOnce({ ok: false, formError: 'Élément introuvable.' }).mockRejectedValueOnce(new Error('offline'));
    render(<TestForm run={run} options={{ fieldErrorsMessage: 'Corrigez les champs signalés.' }} />);
    await fillAndSend();
    expect(await screen.findByRole('alert')).toHaveTextContent('Élément introuvable.');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(GENERIC_ERROR));
    expect(screen.getByLabelText('Nom')).toHaveValue('Durand');
  });

  it('says the action is running until it answers', async () => {
    let answer: (result: ActionResult<Data>) => void = () => undefined;
    const run = jest.fn().mockReturnValue(new Promise<ActionResult<Data>>((resolve) => (answer = resolve)));
    render(<TestForm run={run} options={{}} />);
    await fillAndSend();
    expect(await screen.findByRole('button', { name: 'Envoi…' })).toBeInTheDocument();
    answer({ ok: true, data: { saved: 'oui' } });
    expect(await screen.findByRole('button', { name: 'Envoyer' })).toBeInTheDocument();
  });
});
