import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import type { MyAccount } from '@/lib/my-account/profile';
import type { AccountPageActions } from './action-types';
import { Panel } from '@/components/ui/panel';
import { EmailChangeForm } from './email-change-form';
import { NotificationsForm } from './notifications-form';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';
import { SignOutEverywhere } from './sign-out-everywhere';
import { LinkedIdentitiesSection } from './linked-identities';

/**
 * « Mon compte » (SPEC §15), the same page in every area: each area's page.tsx gets its actor, reads the
 * account with getMyAccount and passes the actions its actions.ts exports with its role.
 * `recordHref`: a volunteer's « Ma fiche », which owns their names and phone.
 */
export function AccountPage({ account, actions, recordHref }: { account: MyAccount; actions: AccountPageActions; recordHref?: string }) {
  return (
    <div className="space-y-6">
      <PageTitle lead="Vos coordonnées, votre mot de passe, votre adresse de connexion et vos sessions.">Mon compte</PageTitle>
      <Panel id="profile" title="Mes coordonnées">
        {account.profileInRecord || !actions.updateProfile ? (
          <ReadOnlyProfile account={account} recordHref={recordHref} />
        ) : (
          <ProfileForm saved={{ firstName: account.firstName, lastName: account.lastName, phone: account.phone ?? '' }} updateProfile={actions.updateProfile} />
        )}
      </Panel>
      <Panel id="password" title="Mot de passe" lead="Vos sessions ouvertes sur d’autres appareils seront fermées ; celle-ci reste ouverte.">
        <PasswordForm changePassword={actions.changePassword} />
      </Panel>
      <Panel id="email" title="Adresse email" lead="Un lien de confirmation est envoyé à la nouvelle adresse.">
        <EmailChangeForm email={account.email} pendingEmail={account.pendingEmail} requestEmailChange={actions.requestEmailChange} />
      </Panel>
      {account.notification && actions.updateNotifications ? (
        <Panel id="notifications" title="Notifications">
          <NotificationsForm preference={account.notification} updateNotifications={actions.updateNotifications} />
        </Panel>
      ) : null}
      {account.federation.identities.length > 0 || account.federation.linkable.length > 0 ? (
        <Panel id="identities" title="Identités liées" lead="Les services de l’État avec lesquels vous pouvez vous connecter à ce compte.">
          <LinkedIdentitiesSection federation={account.federation} unlinkIdentity={actions.unlinkIdentity} />
        </Panel>
      ) : null}
      <Panel id="sessions" title="Sessions" lead="Ferme toutes les sessions de votre compte, sur tous vos appareils, y compris celle-ci.">
        <SignOutEverywhere signOutEverywhere={actions.signOutEverywhere} />
      </Panel>
    </div>
  );
}

function ReadOnlyProfile({ account, recordHref }: { account: MyAccount; recordHref?: string }) {
  return (
    <div className="space-y-3">
      <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">Prénom</dt>
        <dd>{account.firstName}</dd>
        <dt className="font-medium">Nom</dt>
        <dd>{account.lastName}</dd>
        <dt className="font-medium">Téléphone</dt>
        <dd>{account.phone ?? '—'}</dd>
      </dl>
      {recordHref ? (
        <p>
          <Link href={recordHref} className="text-brand underline">
            Modifier mes coordonnées dans « Ma fiche »
          </Link>
        </p>
      ) : null}
    </div>
  );
}
