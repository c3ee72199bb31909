import Link from 'next/link';
import type { ReactNode } from 'react';
import { ROLE_LABELS, type Actor } from '@/lib/access/actor';
import { SignOutButton } from '@/components/auth/sign-out-button';

export interface NavItem {
  href: string;
  label: string;
}

/** The frame of every role's area: who is signed in, as what, for which scope. */
export function DashboardShell({
  actor,
  scopeLabel,
  nav,
  children,
}: {
  actor: Actor;
  scopeLabel: string;
  nav: NavItem[];
  children: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <section aria-label="Votre compte" className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
        <div>
          <p className="font-bold" data-testid="actor-name">
            {actor.firstName} {actor.lastName}
          </p>
          <p className="text-sm text-muted">
            <span data-testid="actor-role">{ROLE_LABELS[actor.role]}</span>
            {scopeLabel ? (
              <>
                {' — '}
                <span data-testid="actor-scope">{scopeLabel}</span>
              </>
            ) : null}
          </p>
        </div>
        <SignOutButton className="self-start rounded border border-brand px-3 py-2 text-sm text-brand hover:bg-brand-light sm:self-auto" />
      </section>
      {nav.length > 1 ? (
        <nav aria-label="Navigation de votre espace">
          <ul className="flex flex-wrap gap-2">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded bg-white px-3 py-2 text-brand underline shadow-sm">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {children}
    </div>
  );
}
