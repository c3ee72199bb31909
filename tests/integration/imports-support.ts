import { randomInt, randomUUID } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { prisma } from '@/lib/db';
import { makeFiness } from '@/lib/seed/establishments';

// Files for the import tests, built the way agencies make them: Annexe 2's headers, `;` CSV from a
// French Excel, or an xlsx with number cells. Every row gets its own addresses and FINESS.

export const ANNEXE_HEADER = ['ARS de Rattachement', 'Finess géographique', 'nom établissement', 'Type établissement', 'adresse', 'CP', 'ville', 'nom', 'prenom', 'e-mail', 'telephone'];

export interface AnnexeLine {
  ars: string;
  finess: string;
  name: string;
  type: string;
  address: string;
  postalCode: string;
  city: string;
  lastName: string;
  firstName: string;
  email: string;
  phone: string;
}

export function address(label = 'direction'): string {
  return `${label}-${randomUUID().slice(0, 8)}@imports.renfort.test`;
}

/** A FINESS of `department` that no other test draws. */
export function importFiness(department = '69'): string {
  return makeFiness(department, randomInt(100_000, 999_999));
}

/** A valid line of Auvergne-Rhône-Alpes (84), Lyon. */
export function annexeLine(overrides: Partial<AnnexeLine> = {}): AnnexeLine {
  return {
    ars: '18-ARS Auvergne-Rhône-Alpes',
    finess: importFiness('69'),
    name: `EHPAD de test ${randomUUID().slice(0, 6)}`,
    type: '4-etablissements-et-services-sociaux-daccueil-hebergement-assistance-readaptation',
    address: '3 rue des Lilas',
    postalCode: '69003',
    city: 'Lyon',
    lastName: 'Martin',
    firstName: 'Claire',
    email: address(),
    phone: '04 72 00 00 00',
    ...overrides,
  };
}

export function annexeCells(line: AnnexeLine): string[] {
  return [line.ars, line.finess, line.name, line.type, line.address, line.postalCode, line.city, line.lastName, line.firstName, line.email, line.phone];
}

export function csvBytes(rows: string[][], delimiter = ';'): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`\uFEFF${stringify(rows, { delimiter, record_delimiter: 'windows' })}`);
}

export function annexeCsv(lines: AnnexeLine[]): Uint8Array<ArrayBuffer> {
  return csvBytes([ANNEXE_HEADER, ...lines.map(annexeCells)]);
}

export async function xlsxBytes(rows: ExcelJS.CellValue[][], sheetName = 'Première feuille'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet('Deuxième feuille').addRow(['Type établissement', 'ARS de rattachement']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const VOLUNTEER_HEADER = [
  'Nom', 'Prénom', 'Courriel', 'Téléphone', 'Code postal', 'Ville', 'Région', 'Profession', 'Spécialité', "Type d'activité", "Type d'identifiant",
  "Numéro d'identifiant", 'Employeur', 'Véhicule personnel', 'Expérience en EHPAD', 'Expérience en réanimation', 'Expérience en vaccination',
  'Disponible en semaine', 'Disponible le week-end', 'Mobilisation', 'Date de début', 'Date de fin', 'Commentaire',
];

export type VolunteerLine = Record<(typeof VOLUNTEER_HEADER)[number], string>;

/** A valid volunteer who chose Auvergne-Rhône-Alpes (84). */
export function volunteerLine(overrides: Partial<VolunteerLine> = {}): VolunteerLine {
  return {
    Nom: 'Durand',
    Prénom: 'Léa',
    Courriel: address('benevole'),
    Téléphone: '06 12 34 56 78',
    'Code postal': '69003',
    Ville: 'Lyon',
    Région: 'Auvergne-Rhône-Alpes',
    Profession: 'Infirmier (IDE)',
    Spécialité: '',
    "Type d'activité": 'Retraité',
    "Type d'identifiant": 'RPPS',
    "Numéro d'identifiant": '10003456789',
    Employeur: 'Hospices civils de Lyon',
    'Véhicule personnel': 'oui',
    'Expérience en EHPAD': 'non',
    'Expérience en réanimation': 'x',
    'Expérience en vaccination': '',
    'Disponible en semaine': 'oui',
    'Disponible le week-end': 'non',
    Mobilisation: 'Régionale',
    'Date de début': '01/01/2026',
    'Date de fin': '',
    Commentaire: 'Nuits possibles',
    ...overrides,
  };
}

export function volunteersCsv(lines: VolunteerLine[]): Uint8Array<ArrayBuffer> {
  return csvBytes([VOLUNTEER_HEADER, ...lines.map((line) => VOLUNTEER_HEADER.map((column) => line[column] ?? ''))]);
}

export function emailsTo(addresses: string[]) {
  return prisma.emailOutbox.findMany({ where: { to: { in: addresses.map((a) => a.toLowerCase()) } }, orderBy: { createdAt: 'asc' } });
}
