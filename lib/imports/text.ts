// Text helpers for spreadsheet values typed by people: accents, case, spaces and punctuation vary from
// one agency's file to the next, so headers and list values are compared in a normalised form. Pure.

/** « Finess géographique » → « finess geographique »; « e-mail » → « e mail ». */
export function normaliseKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The same without any separator: « d'accueil » and « daccueil » compare equal. */
export function compactKey(value: string): string {
  return normaliseKey(value).replace(/ /g, '');
}

/**
 * The file's text. Excel in French saves « CSV (séparateur : point-virgule) » in Windows-1252, not
 * UTF-8: bytes that are not valid UTF-8 are read as Windows-1252, so accents survive either way.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator of a CSV file, from its first line: `;` (French Excel), `,` or a tab. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = ([';', ',', '\t'] as const).map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ';';
}
