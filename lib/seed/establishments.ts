import { computeLuhnCheckDigit } from '@/lib/identifiers/luhn';
import type { FinessCategoryCode } from '@/lib/reference/finess-categories';

/** A FINESS with a valid key: department code, a 6-digit serial, the Luhn digit. */
export function makeFiness(departmentCode: string, serial: number): string {
  const payload = `${departmentCode}${String(serial).padStart(6, '0')}`;
  return `${payload}${computeLuhnCheckDigit(payload)}`;
}

export interface SeedEstablishment {
  key: string;
  name: string;
  category: FinessCategoryCode;
  finess: string;
  address: string;
  postalCode: string;
}

// Synthetic establishments (no FINESS extract is installable, DATA.md) in several regions.
export const SEED_ESTABLISHMENTS: readonly SeedEstablishment[] = [
  { key: 'occitanie', name: 'Centre hospitalier de démonstration de Toulouse', category: 'HOSPITAL_LAW', finess: makeFiness('31', 100017), address: '2 rue Viguerie', postalCode: '31300' },
  { key: 'idf', name: 'Hôpital de démonstration de Créteil', category: 'HOSPITAL_LAW', finess: makeFiness('94', 200020), address: '40 avenue de Verdun', postalCode: '94000' },
  { key: 'montpellier-ehpad', name: 'EHPAD Les Oliviers', category: 'SOCIAL_ACCOMMODATION_ASSISTANCE', finess: makeFiness('34', 100105), address: '12 chemin des Oliviers', postalCode: '34000' },
  { key: 'albi', name: 'Centre hospitalier d’Albi', category: 'HOSPITAL_LAW', finess: makeFiness('81', 100013), address: '22 boulevard du Général Sibille', postalCode: '81000' },
  { key: 'lyon', name: 'Clinique du Parc de Lyon', category: 'OTHER_HEALTH', finess: makeFiness('69', 100230), address: '155 boulevard Stalingrad', postalCode: '69006' },
  { key: 'strasbourg', name: 'EHPAD Le Neuhof', category: 'SOCIAL_ACCOMMODATION_ASSISTANCE', finess: makeFiness('67', 100402), address: '3 rue du Neuhof', postalCode: '67100' },
  { key: 'marseille', name: 'Centre de santé des Quartiers Nord', category: 'OTHER_CARE_AND_PREVENTION', finess: makeFiness('13', 100551), address: '8 avenue de Saint-Antoine', postalCode: '13015' },
  { key: 'reunion', name: 'Centre hospitalier de démonstration de Saint-Denis', category: 'HOSPITAL_LAW', finess: makeFiness('97', 400019), address: 'Allée des Topazes', postalCode: '97400' },
  { key: 'lille', name: 'Foyer d’accueil médicalisé Les Tilleuls', category: 'SOCIAL_FAMILY_SUPPORT', finess: makeFiness('59', 100774), address: '17 rue des Tilleuls', postalCode: '59000' },
  { key: 'rennes', name: 'Institut de formation en soins infirmiers de Rennes', category: 'HEALTH_AND_SOCIAL_TRAINING', finess: makeFiness('35', 100883), address: '2 rue Henri Le Guilloux', postalCode: '35000' },
];
