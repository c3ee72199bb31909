/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CrisisPanel } from '@/components/regulation/crisis-panel';
import type { CrisisModeView } from '@/lib/regulation/crisis';

const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh, replace: jest.fn(), push: jest.fn() }) }));

const ACTIVE: CrisisModeView = {
  id: 'c1',
  allProfessions: false,
  professionCodes: ['NURSE'],
  startedAt: new Date('2026-11-20T09:00:00Z'),
  startedBy: 'Marc Lemoine (ars-idf@demo.renfort.fr)',
  endedAt: null,
  endedBy: null,
};

function actions() {
  return {
    start: jest.fn().mockResolvedValue({ ok: true, data: { crisisModeId: 'c1' } }),
    end: jest.fn().mockResolvedValue({ ok: true, data: undefined }),
  };
}

describe('CrisisPanel', () => {
  it('switches on for the ticked professions only, with the schema of the action', async () => {
    const act = actions();
    render(<CrisisPanel regionCode="11" regionName="Île-de-France" active={null} actions={act} />);
    expect(screen.getByRole('checkbox', { name: 'Infirmier (IDE)' })).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Seulement les professions cochées ci-dessous' }));
    await userEvent.click(screen.getByRole('button', { name: 'Activer le mode gestion de crise' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cochez au moins une profession');
    expect(act.start).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Infirmier (IDE)' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Aide-soignant' }));
    await userEvent.click(screen.getByRole('button', { name: 'Activer le mode gestion de crise' }));
    expect(act.start).toHaveBeenCalledWith({ regionCode: '11', allProfessions: false, professionCodes: ['NURSE', 'CARE_ASSISTANT'] });
    expect(await screen.findByTestId('crisis-notice')).toHaveTextContent('Mode gestion de crise activé pour la région Île-de-France');
    // The action revalidated the area: its answer brings the fresh page, no refresh after it.
    expect(refresh).not.toHaveBeenCalled();
  });

  it('keeps its message when the refreshed page brings the new state, and shows that state', async () => {
    const act = actions();
    const { rerender } = render(<CrisisPanel regionCode="11" regionName="Île-de-France" active={ACTIVE} actions={act} />);
    expect(screen.getByTestId('crisis-state')).toHaveTextContent('Infirmier (IDE)');
    expect(screen.getByRole('checkbox', { name: 'Infirmier (IDE)' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Désactiver le mode gestion de crise' }));
    expect(act.end).toHaveBeenCalledWith({ regionCode: '11' });
    rerender(<CrisisPanel regionCode="11" regionName="Île-de-France" active={null} actions={act} />);
    expect(screen.getByTestId('crisis-notice')).toHaveTextContent('Mode gestion de crise désactivé');
    expect(screen.getByTestId('crisis-state')).toHaveTextContent('Mode direct');
    expect(screen.getByRole('radio', { name: 'Toutes les professions' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Désactiver le mode gestion de crise' })).not.toBeInTheDocument();
  });

  it('says a refusal in French', async () => {
    refresh.mockClear();
    const act = actions();
    act.start.mockResolvedValue({ ok: false, formError: 'Élément introuvable.' });
    render(<CrisisPanel regionCode="11" regionName="Île-de-France" active={null} actions={act} />);
    await userEvent.click(screen.getByRole('button', { name: 'Activer le mode gestion de crise' }));
    expect(act.start).toHaveBeenCalledWith({ regionCode: '11', allProfessions: true, professionCodes: [] });
    expect(await screen.findByRole('alert')).toHaveTextContent('Élément introuvable.');
    // Refused, nothing was revalidated: the panel asks the server for what is in force.
    expect(refresh).toHaveBeenCalled();
  });
});
