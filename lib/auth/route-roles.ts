import { AREAS } from '@/lib/access/roles';
import type { Role } from '@/lib/generated/prisma/enums';

// The role a URL belongs to, from the areas of lib/access/roles.ts. Pure, so middleware.ts (edge) and
// tests can use it.

/** Public pages that live under a role's prefix. */
const PUBLIC_PATHS = ['/rpps/pre-enregistrement'];

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export function roleForPath(pathname: string): Role | null {
  if (PUBLIC_PATHS.some((path) => under(pathname, path))) return null;
  const area = Object.values(AREAS).find(({ prefix }) => under(pathname, prefix));
  return area?.role ?? null;
}
