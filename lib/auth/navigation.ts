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
  ESTABLISHMENT: [
    { href: '/etablissement', label: 'Tableau de bord' },
    { href: '/etablissement/besoins/nouveau', label: 'Nouveau besoin' },
    { href: '/etablissement/affectations', label: 'Affectations' },
  ],
  // Regulation links (issue 5); « Indicateurs », « Exports » and « Imports » come next, before « Paramètres ».
  ARS: [
    { href: '/ars', label: 'Tableau de bord' },
    { href: '/ars/demandes', label: 'Demandes de compte' },
    { href: '/ars/missions', label: 'Missions' },
    { href: '/ars/benevoles', label: 'Bénévoles' },
    { href: '/ars/affectations', label: 'Affectations' },
    { href: '/ars/indicateurs', label: 'Indicateurs' },
    { href: '/ars/exports', label: 'Exports' },
    { href: '/ars/imports', label: 'Imports' },
    { href: '/ars/crise', label: 'Gestion de crise' },
    { href: '/ars/parametres', label: 'Paramètres' },
  ],
  CCS: [
    { href: '/ccs', label: 'Tableau de bord' },
    { href: '/ccs/demandes', label: 'Demandes de compte' },
    { href: '/ccs/alertes', label: 'Alertes' },
    { href: '/ccs/missions', label: 'Missions' },
    { href: '/ccs/benevoles', label: 'Bénévoles' },
    { href: '/ccs/affectations', label: 'Affectations' },
    { href: '/ccs/indicateurs', label: 'Indicateurs' },
    { href: '/ccs/exports', label: 'Exports' },
    { href: '/ccs/imports', label: 'Imports' },
    { href: '/ccs/crise', label: 'Gestion de crise' },
    { href: '/ccs/parametres', label: 'Paramètres' },
  ],
  RPPS_MANAGER: [
    { href: '/rpps', label: 'Accueil' },
    { href: '/rpps/enregistrement/nouveau', label: 'Ajouter un enregistrement' },
    { href: '/rpps/demandes', label: 'Demandes' },
    { href: '/rpps/enregistrements', label: 'Modifier un enregistrement' },
  ],
};
