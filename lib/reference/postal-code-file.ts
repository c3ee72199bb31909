/**
 * Shape of data/postal-codes.json, shared by the derivation script and the lookup.
 * Arrays rather than objects keep the file small (~35,000 communes).
 */

/** [INSEE commune code, commune name, department code] */
export type PostalCodeCommuneRow = [string, string, string];

/** [longitude, latitude, communes — most populous first] */
export type PostalCodeEntry = [number, number, PostalCodeCommuneRow[]];

export interface PostalCodeFile {
  version: 1;
  postalCodes: Record<string, PostalCodeEntry>;
}
