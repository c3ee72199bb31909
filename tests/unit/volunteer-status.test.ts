import { volunteerStatus } from '@/lib/professionals/status';

const NOW = new Date('2026-11-22T10:00:00Z');
const day = (offset: number) => new Date(Date.UTC(2026, 10, 22 + offset));

describe('volunteer status (SPEC §10)', () => {
  const base = { available: true, accountActive: true, periods: [{ endDate: day(10) }], candidacies: [] };

  it('is Disponible when switched on with a current period and no reservation', () => {
    expect(volunteerStatus(base, NOW)).toBe('DISPONIBLE');
  });

  it('is Disponible with an open-ended period', () => {
    expect(volunteerStatus({ ...base, periods: [{ endDate: null }] }, NOW)).toBe('DISPONIBLE');
  });

  it('is Indisponible when switched off', () => {
    expect(volunteerStatus({ ...base, available: false }, NOW)).toBe('INDISPONIBLE');
  });

  it('is Indisponible when the account is disabled, whatever the switch says', () => {
    expect(volunteerStatus({ ...base, accountActive: false }, NOW)).toBe('INDISPONIBLE');
  });

  it('is Indisponible when every period is past', () => {
    expect(volunteerStatus({ ...base, periods: [{ endDate: day(-1) }, { endDate: day(-30) }] }, NOW)).toBe('INDISPONIBLE');
    expect(volunteerStatus({ ...base, periods: [] }, NOW)).toBe('INDISPONIBLE');
  });

  it('counts a period ending today as current', () => {
    expect(volunteerStatus({ ...base, periods: [{ endDate: day(0) }] }, NOW)).toBe('DISPONIBLE');
  });

  it('is Contacté / En cours while reserved, even when switched off', () => {
    expect(volunteerStatus({ ...base, available: false, candidacies: [{ status: 'CONTACTED', missionEndDate: day(5) }] }, NOW)).toBe('CONTACTED');
    expect(volunteerStatus({ ...base, candidacies: [{ status: 'PROPOSED', missionEndDate: day(5) }] }, NOW)).toBe('PROPOSED');
  });

  it('is Affecté until the mission ends, then Disponible again by itself', () => {
    expect(volunteerStatus({ ...base, candidacies: [{ status: 'ASSIGNED', missionEndDate: day(3) }] }, NOW)).toBe('ASSIGNED');
    expect(volunteerStatus({ ...base, candidacies: [{ status: 'ASSIGNED', missionEndDate: day(-1) }] }, NOW)).toBe('DISPONIBLE');
  });

  it('ignores refused, withdrawn and expired candidacies', () => {
    const candidacies = (['REFUSED', 'WITHDRAWN', 'EXPIRED'] as const).map((status) => ({ status, missionEndDate: day(5) }));
    expect(volunteerStatus({ ...base, candidacies }, NOW)).toBe('DISPONIBLE');
  });
});
