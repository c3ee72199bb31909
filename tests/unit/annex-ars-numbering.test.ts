/**
 * @jest-environment node
 */
import { compactKey } from '@/lib/imports/text';
import { findAnnexArs, findRegion } from '@/lib/imports/values';
import { ANNEX_2_ARS_NUMBERING, getRegion, REGION_CODES, regionOfAnnexNumber } from '@/lib/reference/regions';

// « ARS de rattachement » of the Annexe 2 import (SPEC §7.1): the second sheet of the ministerial
// instruction of July 2020 numbers the ARS in its own order, which is not the INSEE region codes.

/** The second sheet's list, as the instruction prints it. */
const ANNEX_2_LIST = [
  '1-ARS Nouvelle-Aquitaine', '2-ARS Normandie', '3-ARS Bourgogne-Franche-Comté', '4-ARS Bretagne',
  '5-ARS Centre-Val de Loire', '6-ARS Grand-Est', '7-ARS Corse', '8-ARS Guadeloupe', '9-ARS Guyane',
  '10-ARS Île-de-France', '11-ARS La Réunion', '12-ARS Martinique', '13-ARS Mayotte', '14-ARS Occitanie',
  '15-ARS Hauts-de-France', '16-ARS Pays de la Loire', "17-ARS Provence-Alpes-Côte d'Azur", '18-ARS Auvergne-Rhône-Alpes',
];

describe('the ARS numbering of Annexe 2', () => {
  it('numbers the 18 ARS as the instruction does', () => {
    expect([...ANNEX_2_ARS_NUMBERING].sort()).toEqual([...REGION_CODES].sort());
    expect(ANNEX_2_ARS_NUMBERING.map((code, index) => compactKey(`${index + 1}-${getRegion(code)!.arsName}`))).toEqual(ANNEX_2_LIST.map(compactKey));
    expect(regionOfAnnexNumber(0)).toBeUndefined();
    expect(regionOfAnnexNumber(19)).toBeUndefined();
  });

  it('reads a bare number in the Annexe numbering, never as an INSEE code', () => {
    expect(findAnnexArs('14')).toBe('76'); // Occitanie (no INSEE region 14)
    expect(findAnnexArs(' 11 ')).toBe('04'); // La Réunion, not Île-de-France (INSEE 11)
    expect(findAnnexArs('10')).toBe('11'); // Île-de-France
    expect(findAnnexArs('1')).toBe('75');
    expect(findAnnexArs('18')).toBe('84');
    for (const value of ['0', '19', '76', '04', '1.5']) expect(findAnnexArs(value)).toBeNull();
  });

  it('reads the numbered values and the names as before', () => {
    for (const [value, code] of ANNEX_2_LIST.map((value, index) => [value, ANNEX_2_ARS_NUMBERING[index]])) expect(findAnnexArs(value!)).toBe(code);
    expect(findAnnexArs('ARS Grand-Est')).toBe('44');
    expect(findAnnexArs('occitanie')).toBe('76');
    expect(findAnnexArs('ARS de Nulle-Part')).toBeNull();
  });

  it("leaves the volunteers' « Région » column as it was (names, INSEE codes)", () => {
    expect(findRegion('Occitanie')).toBe('76');
    expect(findRegion('11')).toBe('11');
  });
});
