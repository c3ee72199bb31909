import { decisionNote, originLead } from '@/app/(rpps)/rpps/demandes/_components/origin-notes';

// The manager's request page says who filed a request: a professional's own change (« Mon enregistrement
// RPPS », decision 042) must not read as a pre-registration whose number is on its way by email.

describe('the request page’s words on who filed it', () => {
  it('tells a pre-registration from a change the professional made with their e-CPS', () => {
    expect(originLead({ origin: 'PROFESSIONAL', procedure: 'INITIAL_REGISTRATION', status: 'UNDER_REVIEW' })).toBe(
      'Demande saisie par le professionnel (pré-enregistrement).',
    );
    expect(originLead({ origin: 'PROFESSIONAL', procedure: 'UPDATE_INFORMATION', status: 'RPPS_VALIDATED' })).toMatch(/connecté avec sa e-CPS/);
    expect(originLead({ origin: 'MANAGER', procedure: 'UPDATE_INFORMATION', status: 'RPPS_VALIDATED' })).toBeUndefined();
  });

  it('gives the pre-registration’s outcome only for a pre-registration', () => {
    expect(decisionNote({ origin: 'PROFESSIONAL', procedure: 'INITIAL_REGISTRATION', status: 'RPPS_VALIDATED' })?.text).toMatch(/reçoit son numéro RPPS/);
    for (const procedure of ['UPDATE_INFORMATION', 'CHANGE_PRACTICE_NAME'] as const) {
      expect(decisionNote({ origin: 'PROFESSIONAL', procedure, status: 'RPPS_VALIDATED' })).toBeNull();
      expect(decisionNote({ origin: 'PROFESSIONAL', procedure, status: 'SENT_TO_RPPS_BY_PROFESSIONAL' })).toBeNull();
    }
    expect(decisionNote({ origin: 'MANAGER', procedure: 'INITIAL_REGISTRATION', status: 'RPPS_VALIDATED' })).toBeNull();
  });
});
