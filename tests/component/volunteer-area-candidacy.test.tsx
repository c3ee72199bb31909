/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MyCandidacy } from '@/app/(professional)/professionnel/_components/my-candidacy';
import type { ActionResult } from '@/lib/actions/result';
import type { OwnCandidacy } from '@/lib/professionals/own';

type Result = ActionResult<{ declined: true }>;

const CONTACTED: OwnCandidacy = {
  candidacyId: '0b3f6a2e-1111-4222-8333-944444444444',
  status: 'CONTACTED',
  establishmentName: 'CHU de Toulouse',
  establishmentCity: 'Toulouse',
  professionLabel: 'Infirmier (IDE)',
  startDate: '2026-12-01',
  endDate: '2026-12-31',
  since: '2026-11-20T09:15:00.000Z',
  pushed: false,
  until: '2026-11-23T09:15:00.000Z',
};

function deferredAction() {
  let resolve: (result: Result) => void = () => undefined;
  const action = jest.fn(() => new Promise<Result>((r) => (resolve = r)));
  return { action, answer: (result: Result) => act(async () => resolve(result)) };
}

const button = () => screen.getByRole('button', { name: 'Je ne suis pas disponible pour cette mission' });

describe('« Ma candidature »', () => {
  it('says who holds the volunteer, for which mission, since and until when', () => {
    render(<MyCandidacy candidacy={CONTACTED} decline={jest.fn()} />);
    expect(screen.getByRole('heading', { name: 'Ma candidature' })).toBeInTheDocument();
    expect(screen.getByTestId('candidacy-establishment')).toHaveTextContent('CHU de Toulouse, Toulouse');
    expect(screen.getByTestId('candidacy-mission')).toHaveTextContent('Infirmier (IDE), du 01/12/2026 au 31/12/2026');
    expect(screen.getByText('Contacté(e) par l’établissement')).toBeInTheDocument();
    expect(screen.getByTestId('candidacy-since')).toHaveTextContent('Depuis le 20 novembre 2026 à 10:15');
    expect(screen.getByTestId('candidacy-until')).toHaveTextContent('Jusqu’au 23 novembre 2026 à 10:15 au plus tard');
  });

  it('a proposal lasts until the establishment contacts them', () => {
    render(<MyCandidacy candidacy={{ ...CONTACTED, status: 'PROPOSED', pushed: true, until: null }} decline={jest.fn()} />);
    expect(screen.getByText('Proposé(e) par une ARS ou le CCS')).toBeInTheDocument();
    expect(screen.getByTestId('candidacy-until')).toHaveTextContent('Jusqu’à ce que l’établissement vous contacte, ou que l’ARS retire sa proposition.');
  });

  it('asks for confirmation first; « Annuler » changes nothing', async () => {
    const decline = jest.fn();
    render(<MyCandidacy candidacy={CONTACTED} decline={decline} />);
    await userEvent.click(button());
    const dialog = screen.getByRole('dialog', { name: 'Vous n’êtes pas disponible pour cette mission ?' });
    expect(dialog).toHaveTextContent('L’établissement en sera informé par email.');
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(decline).not.toHaveBeenCalled();
  });

  it('tells a pushed volunteer the agent will be told too', async () => {
    render(<MyCandidacy candidacy={{ ...CONTACTED, pushed: true }} decline={jest.fn()} />);
    await userEvent.click(button());
    expect(screen.getByRole('dialog')).toHaveTextContent('L’établissement et l’agent de l’ARS ou du CCS qui vous a proposé(e) en seront informés par email.');
  });

  it('declines on confirmation, then says so once the page has no candidacy left', async () => {
    const { action, answer } = deferredAction();
    const { rerender } = render(<MyCandidacy candidacy={CONTACTED} decline={action} />);
    await userEvent.click(button());
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer : je ne suis pas disponible' }));
    expect(action).toHaveBeenCalledWith({ candidacyId: CONTACTED.candidacyId });
    await answer({ ok: true, data: { declined: true } });
    // The action re-renders the page without the candidacy.
    rerender(<MyCandidacy candidacy={null} decline={action} />);
    const done = screen.getByTestId('candidacy-declined');
    expect(done).toHaveTextContent('Vous n’êtes plus réservé(e) pour cette mission');
    expect(done).toHaveFocus();
  });

  it('shows a refusal in French and keeps the candidacy', async () => {
    const { action, answer } = deferredAction();
    render(<MyCandidacy candidacy={CONTACTED} decline={action} />);
    await userEvent.click(button());
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer : je ne suis pas disponible' }));
    await answer({ ok: false, formError: 'Cette candidature n’est plus en cours.' });
    expect(screen.getByRole('alert')).toHaveTextContent('Cette candidature n’est plus en cours.');
    expect(button()).toBeEnabled();
  });

  it('shows nothing without a candidacy', () => {
    const { container } = render(<MyCandidacy candidacy={null} decline={jest.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
