import type { AccountActions } from '@/components/administration/action-types';
import { AccountPanel } from '@/components/administration/account-panel';
import { Panel } from '@/components/ui/panel';
import { formatInstant } from '@/lib/dates/format';
import type { VolunteerSheet } from '@/lib/professionals/regulator-sheet';

/**
 * « Compte du bénévole » on the regulators' sheet (SPEC §2, §15): the ARS of the volunteer's region and the
 * CCS disable a volunteer's account (a reason required, sessions ended, out of every pool) and reactivate
 * it — the acts of « Administration », which never lists volunteers.
 */
export function VolunteerAccountPanel({ account, actions }: { account: NonNullable<VolunteerSheet['account']>; actions: AccountActions }) {
  const disabled = account.status === 'DISABLED';
  return (
    <Panel id="volunteer-account" title="Compte du bénévole">
      <div className="space-y-4">
        {disabled ? (
          <p>
            Compte désactivé{account.disabledAt ? ` le ${formatInstant(account.disabledAt)}` : ''} : le bénévole ne peut plus se connecter et
            n’est proposé à aucun établissement. Motif : {account.disabledReason ?? '—'}
          </p>
        ) : (
          <p>Compte actif. Le désactiver ferme ses sessions ouvertes et le retire des candidats proposés aux établissements.</p>
        )}
        <AccountPanel
          userId={account.userId}
          may={{ resend: false, disable: account.status === 'ACTIVE', reactivate: disabled, establishments: false }}
          establishments={[]}
          actions={actions}
        />
      </div>
    </Panel>
  );
}
