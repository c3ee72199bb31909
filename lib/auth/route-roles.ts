import type { Role } from '@/lib/generated/prisma/enums';

// URL prefix of each role's route group. Pure, so middleware.ts (edge) and tests can use it.
const AREAS: readonly { prefix: string; role: Role }[] = [
  { prefix: '/professionnel', role: 'PROFESSIONAL' },
  { prefix: '/etablissement', role: 'ESTABLISHMENT' },
  { prefix: '/ars', role: 'ARS' },
  { prefix: '/ccs', role: 'CCS' },
  { prefix: '/rpps', role: 'RPPS_MANAGER' },
];

/** Public pages that live under a role's prefix. */
const PUBLIC_PATHS = ['/rpps/pre-enregistrement'];

export function roleForPath(pathname: string): Role | null {
  if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return null;
  const area = AREAS.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return area?.role ?? null;
}
