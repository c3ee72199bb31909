import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { formatInstant } from '@/lib/dates/format';
import { ACCOUNT_STATE_LABELS } from '@/lib/accounts/account-status-label';
import type { AccountDetail } from '@/lib/accounts/account-detail';
import { regionName } from '@/components/regulation/format';
import type { AccountActions } from '@/components/administration/action-types';
import { ACCOUNT_ROLE_LABELS } from '@/components/administration/labels';
import { AccountPanel } from '@/components/administration/account-panel';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-3">
      <dt className="font-medium">{label}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

/** The account page of « Administration » (`/ars/administration/[id]`, `/ccs/administration/[id]`). */
export function AccountPage({ base, account, actions }: { base: '/ars' | '/ccs'; account: AccountDetail; actions: AccountActions }) {
  const name = `${account.firstName} ${account.lastName}`;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`${base}/administration`} className="text-brand underline">
          ← Retour à l’administration
        </Link>
      </p>
      <PageTitle lead={ACCOUNT_ROLE_LABELS[account.role]}>{name}</PageTitle>
      <section aria-labelledby="account-facts" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="account-facts" className="mb-4 text-xl font-bold">
          Le compte
        </h2>
        <dl className="space-y-2" data-testid="account-facts">
          <Row label="Courriel">{account.email}</Row>
          <Row label="Téléphone">{account.phone ?? '—'}</Row>
          <Row label="Statut">{ACCOUNT_STATE_LABELS[account.state]}</Row>
          {account.state === 'DISABLED' ? (
            <Row label="Motif de la désactivation">
              {account.disabledReason ?? '—'}
              {account.disabledAt ? ` (le ${formatInstant(account.disabledAt)})` : ''}
            </Row>
          ) : null}
          {account.role === 'ARS' && account.regionCode ? <Row label="Région">{regionName(account.regionCode)}</Row> : null}
          {account.role === 'ESTABLISHMENT' || account.role === 'RPPS_MANAGER' ? (
            <Row label="Établissements">
              {account.establishments.map((establishment) => `${establishment.name} (FINESS ${establishment.finess ?? '—'}, ${establishment.city})`).join(' ; ') || '—'}
              {account.otherEstablishments > 0 ? ` — et ${account.otherEstablishments} hors de votre région` : ''}
            </Row>
          ) : null}
          <Row label="Dernière connexion">{account.lastLoginAt ? formatInstant(account.lastLoginAt) : 'Jamais'}</Row>
          <Row label="Compte créé le">{formatInstant(account.createdAt)}</Row>
        </dl>
      </section>
      <section aria-labelledby="account-acts" className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="account-acts" className="text-xl font-bold">
          Actions
        </h2>
        {account.may.self ? <p>Votre propre compte se gère depuis « Mon compte » : vous ne pouvez pas le désactiver.</p> : null}
        {!account.may.self && !account.may.administer ? <p>Les comptes des agents ARS et CCS sont administrés par le CCS.</p> : null}
        {account.may.administer ? <AccountPanel userId={account.id} may={account.may} establishments={account.establishments} actions={actions} /> : null}
      </section>
    </div>
  );
}
