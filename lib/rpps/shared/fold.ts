/**
 * Folds a name for searching: lower case, no accents, hyphens and apostrophes as spaces
 * (« Saint-Étienne » → « saint etienne », « L'Île-d'Yeu » → « l ile d yeu »). The same folding is applied
 * to what is stored and to what is typed.
 */
export function foldName(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();
}
