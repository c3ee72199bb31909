/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountRequestQueue } from '@/components/account-requests/account-request-queue';
import type { PendingAccountRequest } from '@/lib/account-requests/list-pending-account-requests';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';

// The queue of SPEC §7.1 as the ARS sees it; the server actions are props, the router is Next's.
const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh, replace: jest.fn(), push: jest.fn() }) }));

const validate = jest.fn();
const refuse = jest.fn();

function pending(id: string, name: string): PendingAccountRequest {
  return {
    id,
    createdAt: '2026-11-22T09:15:00.000Z',
    requester: { firstName: 'Claire', lastName: 'Martin', email: `${id}@ehpad.test`, phone: '0561000000' },
    establishment: {
      name,
      categoryLabel: 'Centre de vaccination',
      identifierKind: 'GID',
      identifier: '1234',
      address: '4 rue des Tilleuls',
      postalCode: '31200',
      city: 'Toulouse',
      regionName: 'Occitanie',
    },
    existingEstablishment: null,
    noImmediateNeed: false,
    missions: [{ professionLabel: 'Infirmier (IDE)', specialityLabel: null, startDate: '2027-01-04', endDate: '2027-01-31', requestedCount: 2, details: null, criteria: ['Disponible week-end'] }],
  };
}

function renderQueue() {
  const queue = { total: 2, requests: [pending('11111111-1111-4111-8111-111111111111', 'Centre A'), pending('22222222-2222-4222-8222-222222222222', 'Centre B')] };
  render(<AccountRequestQueue queue={queue} actions={{ validate, refuse }} />);
}

const card = (name: string) => within(screen.getByRole('article', { name }));

beforeEach(() => {
  validate.mockReset();
  refuse.mockReset();
  refresh.mockReset();
});

describe('AccountRequestQueue', () => {
  it('shows each request with its identifier and missions', () => {
    renderQueue();
    expect(screen.getByTestId('pending-requests-count')).toHaveTextContent('2 demandes de compte en attente.');
    expect(card('Centre A').getByText('GID')).toBeInTheDocument();
    expect(card('Centre A').getByText('1234')).toBeInTheDocument();
    expect(card('Centre A').getByRole('cell', { name: 'Infirmier (IDE)' })).toBeInTheDocument();
    expect(card('Centre A').getByRole('cell', { name: '04/01/2027' })).toBeInTheDocument();
  });

  it('validates a request, drops it from the list and says so', async () => {
    validate.mockResolvedValue({ ok: true, data: { establishmentName: 'Centre A', joinedExisting: false, missionCount: 1 } });
    renderQueue();
    await userEvent.setup().click(card('Centre A').getByRole('button', { name: 'Valider' }));
    expect(validate).toHaveBeenCalledWith({ requestId: '11111111-1111-4111-8111-111111111111' });
    expect(await screen.findByText(/Demande de Centre A validée/)).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Centre A' })).not.toBeInTheDocument();
    expect(screen.getByTestId('pending-requests-count')).toHaveTextContent('1 demande de compte en attente.');
    // The action revalidated the area: its answer brings the fresh page, no refresh after it.
    expect(refresh).not.toHaveBeenCalled();
  });

  it('asks for a reason before refusing', async () => {
    const user = userEvent.setup();
    refuse.mockResolvedValue({ ok: true, data: { establishmentName: 'Centre B' } });
    renderQueue();
    await user.click(card('Centre B').getByRole('button', { name: 'Refuser' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Refuser la demande de Centre B' }));
    await user.click(dialog.getByRole('button', { name: 'Confirmer le refus' }));
    expect(dialog.getByText('Indiquez le motif du refus.')).toBeInTheDocument();
    expect(refuse).not.toHaveBeenCalled();
    await user.type(dialog.getByLabelText('Motif du refus*'), 'FINESS inconnu');
    await user.click(dialog.getByRole('button', { name: 'Confirmer le refus' }));
    expect(refuse).toHaveBeenCalledWith({ requestId: '22222222-2222-4222-8222-222222222222', reason: 'FINESS inconnu' });
    expect(await screen.findByText(/Demande de Centre B refusée/)).toBeInTheDocument();
  });

  it('drops a request another agent decided meanwhile, and keeps one that cannot be validated', async () => {
    validate.mockResolvedValueOnce({ ok: false, formError: ACCOUNT_REQUEST_MESSAGES.alreadyDecided });
    validate.mockResolvedValueOnce({ ok: false, formError: ACCOUNT_REQUEST_MESSAGES.emailTaken });
    const user = userEvent.setup();
    renderQueue();
    await user.click(card('Centre A').getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText(ACCOUNT_REQUEST_MESSAGES.alreadyDecided)).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Centre A' })).not.toBeInTheDocument();
    // Decided elsewhere, nothing was revalidated: the queue asks the server for what is left.
    expect(refresh).toHaveBeenCalledTimes(1);

    await user.click(card('Centre B').getByRole('button', { name: 'Valider' }));
    expect(await card('Centre B').findByRole('alert')).toHaveTextContent(ACCOUNT_REQUEST_MESSAGES.emailTaken);
    expect(card('Centre B').getByRole('button', { name: 'Valider' })).toBeEnabled();
  });
});
