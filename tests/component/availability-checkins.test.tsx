/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckinAnswerPanel } from '@/components/checkin/checkin-answer';
import { CheckinLinkNotice } from '@/components/checkin/checkin-link-notice';
import { CheckinPeriodForm } from '@/components/regulation/checkin-period-form';
import { SettingsPage } from '@/components/regulation/settings-page';
import { ConfirmAvailability } from '@/app/(professional)/professionnel/_components/confirm-availability';
import type { ActionResult } from '@/lib/actions/result';
import type { CheckinOutcome } from '@/lib/professionals/checkin/answer';

// The pieces of SPEC §5.2's check-ins: the page a link opens (its button, its outcomes, the kind notice
// of a spent link), the volunteer's « Je suis toujours disponible », and the CCS's period. Server actions
// are stand-ins.

const TOKEN = 'jeton-de-test-0123456789abcdef';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const action = jest.fn(() => new Promise<T>((r) => (resolve = r)));
  return { action, answer: (value: T) => act(async () => resolve(value)) };
}

describe('CheckinAnswerPanel (the page of a check-in link)', () => {
  it('changes nothing on opening: one button records « Oui », and the other answer is one link away', async () => {
    const { action, answer } = deferred<ActionResult<CheckinOutcome>>();
    render(<CheckinAnswerPanel token={TOKEN} answer="oui" otherHref="/disponibilite?jeton=x&reponse=non" submit={action} />);
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Je ne suis plus disponible' })).toHaveAttribute('href', '/disponibilite?jeton=x&reponse=non');
    await userEvent.click(screen.getByRole('button', { name: 'Oui, toujours disponible' }));
    expect(action).toHaveBeenCalledWith({ token: TOKEN, answer: 'oui' });
    await answer({ ok: true, data: { recorded: true, answer: 'oui', available: true } });
    expect(screen.getByRole('status')).toHaveTextContent('Merci, votre disponibilité est confirmée');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('« Je ne suis plus disponible » says what it does before, and that they are Indisponible after', async () => {
    const { action, answer } = deferred<ActionResult<CheckinOutcome>>();
    render(<CheckinAnswerPanel token={TOKEN} answer="non" otherHref="/disponibilite?jeton=x&reponse=oui" submit={action} />);
    expect(screen.getByText(/votre profil passe « Indisponible »/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Je ne suis plus disponible' }));
    expect(action).toHaveBeenCalledWith({ token: TOKEN, answer: 'non' });
    await answer({ ok: true, data: { recorded: true, answer: 'non', available: false } });
    expect(screen.getByRole('status')).toHaveTextContent('C’est noté : vous êtes désormais « Indisponible »');
    expect(screen.getByRole('link', { name: 'Me connecter à mon espace' })).toHaveAttribute('href', '/connexion');
  });

  it('« Oui » with the switch off says the profile stays Indisponible', async () => {
    const submit = jest.fn(async (): Promise<ActionResult<CheckinOutcome>> => ({ ok: true, data: { recorded: true, answer: 'oui', available: false } }));
    render(<CheckinAnswerPanel token={TOKEN} answer="oui" otherHref="#" submit={submit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Oui, toujours disponible' }));
    expect(await screen.findByText(/Votre profil reste « Indisponible »/)).toBeInTheDocument();
  });

  it('a link spent meanwhile (the other link, another tab) shows the kind notice, not an error', async () => {
    const submit = jest.fn(async (): Promise<ActionResult<CheckinOutcome>> => ({ ok: true, data: { recorded: false, state: 'used' } }));
    render(<CheckinAnswerPanel token={TOKEN} answer="non" otherHref="#" submit={submit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Je ne suis plus disponible' }));
    expect(await screen.findByText('Vous avez déjà répondu')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Me connecter pour mettre à jour ma disponibilité' })).toHaveAttribute('href', '/connexion');
  });

  it('a failure says so, keeps the button, and lets them try again', async () => {
    const submit = jest.fn(async (): Promise<ActionResult<CheckinOutcome>> => {
      throw new Error('network');
    });
    render(<CheckinAnswerPanel token={TOKEN} answer="oui" otherHref="#" submit={submit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Oui, toujours disponible' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Une erreur est survenue');
    expect(screen.getByRole('button', { name: 'Oui, toujours disponible' })).toBeEnabled();
  });
});

describe('CheckinLinkNotice', () => {
  it.each([
    ['used', 'Vous avez déjà répondu', /une seule réponse est enregistrée/],
    ['expired', 'Ce lien a expiré', /valables 7 jours/],
    ['unknown', 'Ce lien n’est pas valide', /copiez-le en entier/],
  ] as const)('%s: a calm notice and the way to update one’s availability', (state, title, text) => {
    render(<CheckinLinkNotice state={state} />);
    expect(screen.getByRole('status')).toHaveTextContent(title);
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Me connecter pour mettre à jour ma disponibilité' })).toHaveAttribute('href', '/connexion');
  });
});

describe('ConfirmAvailability (the volunteer’s area)', () => {
  it('shows the date of the last confirmation, in Paris, and one tap records a new one', async () => {
    const { action, answer } = deferred<ActionResult<{ confirmedAt: Date }>>();
    render(<ConfirmAvailability confirmedAt="2026-11-30T23:30:00.000Z" canConfirm confirm={action} />);
    expect(screen.getByTestId('availability-confirmed-at')).toHaveTextContent('Disponibilité confirmée le 01/12/2026.');
    await userEvent.click(screen.getByRole('button', { name: 'Je suis toujours disponible' }));
    expect(action).toHaveBeenCalledWith({});
    await answer({ ok: true, data: { confirmedAt: new Date('2026-12-05T10:00:00Z') } });
    expect(screen.getByTestId('availability-confirmed-at')).toHaveTextContent('Disponibilité confirmée le 05/12/2026.');
  });

  it('offers no button while the switch says Indisponible, and says when a save fails', async () => {
    const { rerender } = render(<ConfirmAvailability confirmedAt="2026-12-01T10:00:00.000Z" canConfirm={false} confirm={jest.fn()} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    const failing = jest.fn(async (): Promise<ActionResult<{ confirmedAt: Date }>> => ({ ok: false, formError: 'Élément introuvable.' }));
    rerender(<ConfirmAvailability confirmedAt="2026-12-01T10:00:00.000Z" canConfirm confirm={failing} />);
    await userEvent.click(screen.getByRole('button', { name: 'Je suis toujours disponible' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Élément introuvable.');
    expect(screen.getByTestId('availability-confirmed-at')).toHaveTextContent('le 01/12/2026');
  });
});

describe('the national period of the check-ins (« Paramètres » of the CCS)', () => {
  it('checks 7–90 days next to the field, then saves the number', async () => {
    const save = jest.fn(async (input: { checkinPeriodDays: unknown }): Promise<ActionResult<{ checkinPeriodDays: number }>> => ({ ok: true, data: { checkinPeriodDays: Number(input.checkinPeriodDays) } }));
    render(<CheckinPeriodForm days={14} save={save} />);
    const field = screen.getByLabelText(/Période de relance \(jours\)/);
    expect(field).toHaveValue(14);
    await userEvent.clear(field);
    await userEvent.type(field, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('La période est d’au moins 7 jours (la durée de validité des liens).')).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
    expect(field).toHaveValue(3);

    await userEvent.clear(field);
    await userEvent.type(field, '21');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(save).toHaveBeenCalledWith({ checkinPeriodDays: 21 });
    expect(await screen.findByText(/Période de relance : 21 jours\./)).toBeInTheDocument();
  });

  it('shows the server’s message on the field when the save is refused', async () => {
    const save = jest.fn(async (): Promise<ActionResult<{ checkinPeriodDays: number }>> => ({ ok: false, fieldErrors: { checkinPeriodDays: 'La période doit être un nombre entier de jours entre 7 et 90.' } }));
    render(<CheckinPeriodForm days={14} save={save} />);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('La période doit être un nombre entier de jours entre 7 et 90.')).toBeInTheDocument();
    expect(screen.getByText(/La période n’a pas été enregistrée/)).toBeInTheDocument();
  });

  it('is a form for the CCS and a sentence for an ARS', () => {
    const region = { regionCode: '76' as const, regionName: 'Occitanie', reservationDelayHours: 72 };
    const saveReservationDelay = jest.fn();
    const { unmount } = render(
      <SettingsPage current={region} regions={[region]} showRegions national={{ checkinPeriodDays: 14 }} actions={{ saveReservationDelay, saveCheckinPeriod: jest.fn() }} />,
    );
    expect(screen.getByRole('heading', { name: 'Relance des disponibilités — national' })).toBeInTheDocument();
    unmount();
    render(<SettingsPage current={region} regions={[region]} showRegions={false} national={{ checkinPeriodDays: 21 }} actions={{ saveReservationDelay }} />);
    expect(screen.queryByRole('heading', { name: /Relance des disponibilités/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('checkin-period')).toHaveTextContent('n’a rien confirmé depuis 21 jours');
  });
});
