import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import type { Role } from '@/lib/generated/prisma/enums';
import type { NavItem } from '@/components/layout/dashboard-shell';

/** Links of a role's area, as [path under the area's prefix, label]. */
function links(role: Role, items: readonly (readonly [string, string])[]): NavItem[] {
  return items.map(([path, label]) => ({ href: `${AREAS[role].prefix}${path}`, label }));
}

/** The regulators' links: the same pages under `/ars` and `/ccs`; the CCS alone reads the alerts. */
function regulatorLinks(role: RegulatorRole): NavItem[] {
  return links(role, [
    ['', 'Tableau de bord'],
    ['/demandes', 'Demandes de compte'],
    ...(role === 'CCS' ? ([['/alertes', 'Alertes']] as const) : []),
    ['/missions', 'Missions'],
    ['/etablissements', 'Établissements'],
    ['/benevoles', 'Bénévoles'],
    ['/affectations', 'Affectations'],
    ['/indicateurs', 'Indicateurs'],
    ['/exports', 'Exports'],
    ['/imports', 'Imports'],
    ['/crise', 'Gestion de crise'],
    ['/administration', 'Administration'],
    ['/journal', 'Journal'],
    ['/parametres', 'Paramètres'],
  ]);
}

/** Links of each role's area; later features add theirs here. */
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  PROFESSIONAL: links('PROFESSIONAL', [
    ['', 'Tableau de bord'],
    ['/fiche', 'Ma fiche'],
    ['/disponibilites', 'Mes disponibilités'],
    ['/documents', 'Mes documents'],
    ['/donnees', 'Mes données'],
    ['/rpps', 'Mon enregistrement RPPS'],
  ]),
  ESTABLISHMENT: links('ESTABLISHMENT', [
    ['', 'Tableau de bord'],
    ['/besoins/nouveau', 'Nouveau besoin'],
    ['/affectations', 'Affectations'],
  ]),
  ARS: regulatorLinks('ARS'),
  CCS: regulatorLinks('CCS'),
  RPPS_MANAGER: links('RPPS_MANAGER', [
    ['', 'Accueil'],
    ['/enregistrement/nouveau', 'Ajouter un enregistrement'],
    ['/demandes', 'Demandes'],
    ['/enregistrements', 'Modifier un enregistrement'],
  ]),
};
