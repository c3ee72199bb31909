/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { ChoosingNotices, choosingState } from '@/components/candidates/choosing-notices';
import { MissionSummary } from '@/components/candidates/mission-summary';
import type { MissionForChoosing } from '@/lib/candidates/mission-search';
import { missionNeed } from './support/mission-need';

// The messages of « Choisir » (SPEC §6.4, §7.2): whether choosing is still offered, and why.

function mission(overrides: Partial<MissionForChoosing> = {}): MissionForChoosing {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    establishmentId: '22222222-2222-4222-8222-222222222222',
    establishmentName: 'Hôpital de démonstration de Créteil',
    regionCode: '11',
    departmentCode: '94',
    ...missionNeed(),
    requestedCount: 5,
    needsVehicle: true,
    details: 'Service de réanimation médicale',
    longitude: 2.46,
    latitude: 48.79,
    nationalPoolOpen: false,
    crisisModeActive: false,
    crisisProfessionCodes: [],
    ...overrides,
  };
}

describe('ChoosingNotices', () => {
  it('warns not to block every candidate while choosing is open', () => {
    render(<ChoosingNotices mission={mission()} />);
    expect(screen.getByText('Ne bloquez pas tous les candidats !')).toBeInTheDocument();
    expect(screen.queryByText(/Gestion de crise/)).not.toBeInTheDocument();
    expect(choosingState(mission())).toBe('open');
  });

  it('says that the ARS manages the profession in crisis mode and only pushes appear', () => {
    render(<ChoosingNotices mission={mission({ crisisModeActive: true })} />);
    expect(screen.getByText('Gestion de crise')).toBeInTheDocument();
    expect(screen.getByText(/Seuls les volontaires qu’elle vous a proposés \(statut « En cours »\) apparaissent ci-dessous/)).toBeInTheDocument();
  });

  it('names the professions the ARS manages when a vaccination mission still shows the others', () => {
    render(<ChoosingNotices mission={mission({ professionCode: 'VACCINATION_ELIGIBLE', vaccinationSupport: true, crisisProfessionCodes: ['NURSE', 'PHARMACIST'] })} />);
    expect(screen.getByText('Gestion de crise')).toBeInTheDocument();
    expect(screen.getByText(/gère en mode gestion de crise : Infirmier \(IDE\), Pharmacien\. Pour ces professions/)).toBeInTheDocument();
    expect(screen.getByText(/les autres professions de cette mission restent visibles/)).toBeInTheDocument();
  });

  it('says that a filled or archived mission offers no more choosing', () => {
    const filled = mission({ filledCount: 5 });
    const { unmount } = render(<ChoosingNotices mission={filled} />);
    expect(choosingState(filled)).toBe('filled');
    expect(screen.getByText('Cette mission est pourvue (5/5).')).toBeInTheDocument();
    expect(screen.queryByText('Ne bloquez pas tous les candidats !')).not.toBeInTheDocument();
    unmount();
    const archived = mission({ status: 'ARCHIVED' });
    render(<ChoosingNotices mission={archived} />);
    expect(choosingState(archived)).toBe('archived');
    expect(screen.getByText('Cette mission est archivée.')).toBeInTheDocument();
  });
});

describe('MissionSummary', () => {
  it('shows the profession, the dates, POURVUE x/n and the criteria', () => {
    render(<MissionSummary mission={mission()} />);
    expect(screen.getByTestId('mission-profession')).toHaveTextContent('Infirmier (IDE)');
    expect(screen.getByText('du 01/12/2026 au 31/01/2027')).toBeInTheDocument();
    expect(screen.getByTestId('mission-filled')).toHaveTextContent('POURVUE 1/5');
    expect(screen.getByText('Véhicule personnel, Expérience en réanimation')).toBeInTheDocument();
    expect(screen.getByText('Service de réanimation médicale')).toBeInTheDocument();
  });
});
