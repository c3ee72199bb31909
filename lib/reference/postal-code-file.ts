/**
 * Shape of data/postal-codes.json, shared by the derivation script and the lookup.
 * Arrays rather than objects keep the file small (~35,000 communes).
 */

/**
 * [INSEE commune code, commune name, department code], followed by the commune's own point
 * [longitude, latitude] only when it differs from the postal code's (the code's point is its most
 * populous commune's, so the first row never has one).
 */
export type PostalCodeCommuneRow = [string, string, string] | [string, string, string, number, number];

/** [longitude, latitude, communes — most populous first] */
export type PostalCodeEntry = [number, number, PostalCodeCommuneRow[]];

/** Version 2: a commune row may carry its own point (version 1 had one point per postal code only). */
export interface PostalCodeFile {
  version: 2;
  postalCodes: Record<string, PostalCodeEntry>;
}
