import type { Role } from '@/lib/generated/prisma/enums';
import type { NavItem } from '@/components/layout/dashboard-shell';

/** Links of each role's area; later features add theirs here. */
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  PROFESSIONAL: [
    { href: '/professionnel', label: 'Tableau de bord' },
    { href: '/professionnel/fiche', label: 'Ma fiche' },
    { href: '/professionnel/disponibilites', label: 'Mes disponibilités' },
    { href: '/professionnel/documents', label: 'Mes documents' },
    { href: '/professionnel/donnees', label: 'Mes données' },
  ],
  ESTABLISHMENT: [{ href: '/etablissement', label: 'Tableau de bord' }],
  ARS: [
    { href: '/ars', label: 'Tableau de bord' },
    { href: '/ars/demandes', label: 'Demandes de compte' },
  ],
  CCS: [
    { href: '/ccs', label: 'Tableau de bord' },
    { href: '/ccs/demandes', label: 'Demandes de compte' },
  ],
  RPPS_MANAGER: [{ href: '/rpps', label: 'Accueil' }],
};
