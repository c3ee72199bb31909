import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';
import { detachRefusal, disableRefusal, isEstablishmentBound, mayAdminister, mayInvite, resendRefusal } from '@/lib/accounts/rules';
import { inviteAccountSchema, splitFinessList } from '@/lib/accounts/schemas';

// The guard rails of « Administration » (SPEC §15), as pure rules.

describe('who may invite whom', () => {
  it('the CCS invites every kind of agent; an ARS only RPPS+ managers', () => {
    expect(['ARS', 'CCS', 'RPPS_MANAGER'].map((role) => mayInvite('CCS', role as 'ARS'))).toEqual([true, true, true]);
    expect(['ARS', 'CCS', 'RPPS_MANAGER'].map((role) => mayInvite('ARS', role as 'ARS'))).toEqual([false, false, true]);
  });
});

describe('who may act on whom', () => {
  it('an ARS acts on establishment, RPPS+ and volunteer accounts, never on agents', () => {
    expect(mayAdminister('ARS', 'ESTABLISHMENT')).toBe(true);
    expect(mayAdminister('ARS', 'RPPS_MANAGER')).toBe(true);
    expect(mayAdminister('ARS', 'ARS')).toBe(false);
    expect(mayAdminister('ARS', 'CCS')).toBe(false);
    expect(mayAdminister('CCS', 'ARS')).toBe(true);
    expect(mayAdminister('CCS', 'CCS')).toBe(true);
    expect(mayAdminister('CCS', 'PROFESSIONAL')).toBe(true);
    expect(mayAdminister('ARS', 'PROFESSIONAL')).toBe(true);
    expect(isEstablishmentBound('RPPS_MANAGER')).toBe(true);
    expect(isEstablishmentBound('ARS')).toBe(false);
  });
});

describe('disabling', () => {
  const target = { id: 'b', role: 'CCS' as const, status: 'ACTIVE' as const };
  it('never oneself', () => {
    expect(disableRefusal({ actorId: 'a', target: { ...target, id: 'a' }, activeCcsCount: 5 })).toBe(ACCOUNT_MESSAGES.notSelf);
  });
  it('never the last active CCS agent', () => {
    expect(disableRefusal({ actorId: 'a', target, activeCcsCount: 1 })).toBe(ACCOUNT_MESSAGES.lastCcs);
    expect(disableRefusal({ actorId: 'a', target, activeCcsCount: 2 })).toBeNull();
  });
  it('the CCS count does not matter for other accounts; only active accounts are disabled', () => {
    expect(disableRefusal({ actorId: 'a', target: { ...target, role: 'ESTABLISHMENT' }, activeCcsCount: 0 })).toBeNull();
    expect(disableRefusal({ actorId: 'a', target: { ...target, role: 'ESTABLISHMENT', status: 'DISABLED' }, activeCcsCount: 3 })).toBe(ACCOUNT_MESSAGES.notActive);
  });
});

describe('establishments and invitations', () => {
  it('an establishment account keeps one establishment', () => {
    expect(detachRefusal(1)).toBe(ACCOUNT_MESSAGES.lastEstablishment);
    expect(detachRefusal(2)).toBeNull();
  });
  it('resending is for accounts never activated', () => {
    expect(resendRefusal({ status: 'ACTIVE', hasPassword: false })).toBeNull();
    expect(resendRefusal({ status: 'ACTIVE', hasPassword: true })).toBe(ACCOUNT_MESSAGES.alreadyActivated);
    expect(resendRefusal({ status: 'DISABLED', hasPassword: false })).toBe(ACCOUNT_MESSAGES.notActive);
  });
});

describe('the invitation form', () => {
  const base = { email: 'agent@ars.example.fr', firstName: 'Hélène', lastName: 'Marty' };
  const errorsOf = (input: object) => {
    const result = inviteAccountSchema.safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
  };
  it('an ARS agent needs a region; an RPPS+ manager a valid FINESS', () => {
    expect(errorsOf({ ...base, role: 'ARS' })).toEqual({ regionCode: 'Choisissez la région de l’agent ARS.' });
    expect(errorsOf({ ...base, role: 'RPPS_MANAGER' })).toEqual({ finess: 'Indiquez au moins un numéro FINESS.' });
    expect(Object.keys(errorsOf({ ...base, role: 'RPPS_MANAGER', finess: '123' }))).toEqual(['finess']);
    expect(errorsOf({ ...base, role: 'CCS' })).toEqual({});
  });
  it('a list of FINESS numbers is split on commas, spaces and lines, without duplicates', () => {
    expect(splitFinessList(' 310000000, 310000000\n940000000 ;')).toEqual(['310000000', '940000000']);
  });
});
