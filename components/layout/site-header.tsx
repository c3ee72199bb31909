import Link from 'next/link';
import { getActor } from '@/lib/auth/session';
import { ROLE_HOME } from '@/lib/access/roles';
import { AccountMenu } from '@/components/layout/account-menu';

/** Logo (home, or the dashboard when signed in) and the « Compte » menu of SPEC §4. */
export async function SiteHeader() {
  const actor = await getActor();
  return (
    <header className="border-b border-gray-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href={actor ? ROLE_HOME[actor.role] : '/'} className="flex flex-col leading-tight no-underline">
          <span className="text-xs font-bold uppercase tracking-wide text-ink">République française</span>
          <span className="text-lg font-bold text-brand">Renfort RH Crise</span>
        </Link>
        <AccountMenu signedInAs={actor ? `${actor.firstName} ${actor.lastName}` : null} home={actor ? ROLE_HOME[actor.role] : null} />
      </div>
    </header>
  );
}
