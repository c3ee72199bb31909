import type { Role } from '@/lib/generated/prisma/enums';
import type { NavItem } from '@/components/layout/dashboard-shell';

/** Links of each role's area; later features add theirs here. */
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  PROFESSIONAL: [{ href: '/professionnel', label: 'Tableau de bord' }],
  ESTABLISHMENT: [{ href: '/etablissement', label: 'Tableau de bord' }],
  ARS: [{ href: '/ars', label: 'Tableau de bord' }],
  CCS: [{ href: '/ccs', label: 'Tableau de bord' }],
  RPPS_MANAGER: [{ href: '/rpps', label: 'Accueil' }],
};
