/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CandidateTable, type CandidateTableProps } from '@/components/candidates/candidate-table';
import { candidateQuerySchema, type CandidateStatus } from '@/lib/candidates/query';
import type { CandidateRow } from '@/lib/candidates/search';
import { candidateRow } from './support/candidates';

// The table of « Choisir » (SPEC §6.4): who can be ticked, when the decision buttons wake up, and what
// each action says. The server actions are props; the router is Next's.
const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn() }) }));

const contact = jest.fn();
const validate = jest.fn();
const refuse = jest.fn();
const MISSION = '11111111-1111-4111-8111-111111111111';
/** The server's render time; reservations end 2 j 5 h and 40 min after it (SPEC §6.4). */
const NOW = '2026-12-03T10:00:00.000Z';
const RESERVED_UNTIL: Record<string, string> = { Chloé: '2026-12-05T15:00:00.000Z', Emma: '2026-12-03T10:40:00.000Z' };

function row(id: string, firstName: string, status: CandidateStatus): CandidateRow {
  return candidateRow({
    id,
    lastName: 'Durand',
    firstName,
    departmentCode: '31',
    postalCode: '31000',
    ehpadExperience: true,
    mobilisation: 'REGIONAL',
    comment: 'Disponible le soir',
    status,
    candidacyId: status === 'DISPONIBLE' ? null : `c-${id}`,
    reservedUntil: status === 'CONTACTED' ? (RESERVED_UNTIL[firstName] ?? null) : null,
    distanceKm: 3.2,
  });
}

const ROWS = [
  row('a0000000-0000-4000-8000-000000000001', 'Alice', 'DISPONIBLE'),
  row('a0000000-0000-4000-8000-000000000002', 'Bruno', 'PROPOSED'),
  row('a0000000-0000-4000-8000-000000000003', 'Chloé', 'CONTACTED'),
  row('a0000000-0000-4000-8000-000000000004', 'David', 'ASSIGNED'),
  row('a0000000-0000-4000-8000-000000000005', 'Emma', 'CONTACTED'),
];

function renderTable(props: Partial<CandidateTableProps> = {}) {
  return render(
    <CandidateTable
      missionId={MISSION}
      pathname={`/etablissement/besoins/${MISSION}`}
      query={candidateQuerySchema.parse({ sort: 'lastName' })}
      rows={ROWS}
      canContact
      positionsLeft={3}
      now={NOW}
      actions={{ contact, validate, refuse }}
      {...props}
    />,
  );
}

const box = (firstName: string) => screen.getByRole('checkbox', { name: `Sélectionner ${firstName} Durand` });
const validateButton = () => screen.getByRole('button', { name: 'Valider les candidatures' });
const refuseButton = () => screen.getByRole('button', { name: 'Refuser les candidatures' });

beforeEach(() => {
  for (const mock of [contact, validate, refuse, refresh]) mock.mockReset();
});

describe('CandidateTable', () => {
  it('has the columns of SPEC §6.4, statuses in French, and sorts by clicking a header', () => {
    renderTable();
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/(, trier|[▲▼↕]).*$/, ''));
    expect(headers.slice(1)).toEqual([
      'Nom', 'Prénom', 'Département', 'Profession', 'Spécialité', 'Date de début', 'Date de fin', 'Expérience en EHPAD',
      'Expérience en réanimation', 'Vaccination', 'Véhicule', 'Mobilisation', 'Téléphone', 'Message', 'Statut', 'Actions',
    ]);
    expect(screen.getByRole('columnheader', { name: /^Nom/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('link', { name: /^Nom\s?, trier par ordre décroissant/ })).toHaveAttribute('href', `/etablissement/besoins/${MISSION}?sort=lastName&direction=desc`);
    expect(screen.getByRole('link', { name: /^Prénom\s?, trier par ordre croissant/ })).toHaveAttribute('href', `/etablissement/besoins/${MISSION}?sort=firstName`);
    // A « Contacté » row says how long the volunteer stays reserved (Intl's narrow spaces made plain), then
    // each row the day the volunteer last confirmed their availability (SPEC §5.2).
    const statuses = screen.getAllByTestId('candidate-row').map((tr) => within(tr).getAllByRole('cell')[15]!.textContent?.replace(/\s/g, ' '));
    expect(statuses).toEqual(['Disponible', 'En cours', 'ContactéRéservé encore 2 j 5 h', 'Affecté', 'ContactéRéservé encore 40 min'].map((status) => `${status}Disponibilité confirmée le 03/12/2026`));
    const alice = screen.getAllByTestId('candidate-row')[0]!;
    expect(within(alice).getByRole('cell', { name: 'Infirmier (IDE)' })).toBeInTheDocument();
    expect(within(alice).getByRole('cell', { name: '01/12/2026' })).toBeInTheDocument();
    expect(within(alice).getByRole('link', { name: '06 11 22 33 44' })).toHaveAttribute('href', 'tel:0611223344');
  });

  it('enables the check boxes of « Contacté » rows only', () => {
    renderTable();
    expect(box('Alice')).toBeDisabled();
    expect(box('Bruno')).toBeDisabled();
    expect(box('Chloé')).toBeEnabled();
    expect(box('David')).toBeDisabled();
    expect(box('Emma')).toBeEnabled();
  });

  it('wakes the decision buttons up when the selection allows', async () => {
    const user = userEvent.setup();
    renderTable({ positionsLeft: 1 });
    expect(validateButton()).toBeDisabled();
    expect(refuseButton()).toBeDisabled();
    await user.click(box('Chloé'));
    expect(validateButton()).toBeEnabled();
    expect(refuseButton()).toBeEnabled();
    expect(screen.getByText(/^1 candidat sélectionné\./)).toBeInTheDocument();
    // Two selected, one position left: refusing is still possible, validating is not.
    await user.click(box('Emma'));
    expect(validateButton()).toBeDisabled();
    expect(refuseButton()).toBeEnabled();
    expect(screen.getByText(/Il ne reste que 1 poste à pourvoir/)).toBeInTheDocument();
    await user.click(box('Emma'));
    await user.click(box('Chloé'));
    expect(validateButton()).toBeDisabled();
    expect(refuseButton()).toBeDisabled();
  });

  it('offers « Contacter » to « Disponible » and « En cours » only, and the sheet in a new tab to all', () => {
    renderTable();
    expect(screen.getAllByRole('button', { name: /^Contacter/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Contacter Alice Durand', 'Contacter Bruno Durand']);
    const sheet = screen.getByRole('link', { name: 'Voir la fiche de Chloé Durand (nouvel onglet)' });
    expect(sheet).toHaveAttribute('href', '/etablissement/candidats/a0000000-0000-4000-8000-000000000003');
    expect(sheet).toHaveAttribute('target', '_blank');
    expect(sheet).toHaveAttribute('rel', 'noopener');
  });

  it('offers no « Contacter » once the mission is filled or archived', () => {
    renderTable({ canContact: false, positionsLeft: 0 });
    expect(screen.queryByRole('button', { name: /^Contacter/ })).not.toBeInTheDocument();
    expect(box('Chloé')).toBeEnabled();
  });

  it('contacts: the row is « Contacté » and can be ticked at once; the fresh page comes with the action’s answer, no second render', async () => {
    const user = userEvent.setup();
    contact.mockResolvedValue({ ok: true, data: { candidacyId: 'c-1' } });
    renderTable();
    await user.click(screen.getByRole('button', { name: 'Contacter Alice Durand' }));
    expect(contact).toHaveBeenCalledWith({ missionId: MISSION, professionalId: 'a0000000-0000-4000-8000-000000000001' });
    await waitFor(() => expect(screen.getByTestId('choosing-notice')).toHaveTextContent('Alice Durand est au statut « Contacté »'));
    expect(screen.getAllByTestId('candidate-row')[0]).toHaveAttribute('data-status', 'CONTACTED');
    expect(box('Alice')).toBeEnabled();
    // The action revalidated the area: a refresh would render the page (and search) a second time.
    expect(refresh).not.toHaveBeenCalled();
  });

  it('says in an alert that another establishment was faster, and refreshes', async () => {
    const user = userEvent.setup();
    const taken = 'Ce professionnel vient d’être contacté pour une autre mission : il n’est plus disponible. Choisissez un autre candidat.';
    contact.mockResolvedValue({ ok: false, formError: taken });
    renderTable();
    await user.click(screen.getByRole('button', { name: 'Contacter Bruno Durand' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(taken);
    expect(screen.getAllByTestId('candidate-row')[1]).toHaveAttribute('data-status', 'PROPOSED');
    expect(refresh).toHaveBeenCalled();
  });

  it('validates the ticked rows and says so; a refusal from the server is shown as it is', async () => {
    const user = userEvent.setup();
    validate.mockResolvedValue({ ok: true, data: { validated: 2 } });
    refuse.mockResolvedValue({ ok: false, formError: 'Une candidature a changé entre-temps. Actualisez la page.' });
    renderTable();
    await user.click(box('Chloé'));
    await user.click(box('Emma'));
    await user.click(validateButton());
    expect(validate).toHaveBeenCalledWith({ missionId: MISSION, professionalIds: ['a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000005'] });
    await waitFor(() =>
      expect(screen.getByTestId('choosing-notice')).toHaveTextContent('2 candidatures validées : les professionnels sont affectés à la mission et reçoivent un courriel de confirmation.'),
    );
    expect(box('Chloé')).not.toBeChecked();
    await user.click(box('Chloé'));
    await user.click(refuseButton());
    expect(refuse).toHaveBeenCalledWith({ missionId: MISSION, professionalIds: ['a0000000-0000-4000-8000-000000000003'] });
    expect(await screen.findByRole('alert')).toHaveTextContent('Une candidature a changé entre-temps. Actualisez la page.');
  });
});
