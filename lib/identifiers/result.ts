/** Why an identifier was refused; lets callers react to a reason rather than to a message. */
export type IdentifierErrorReason = 'REQUIRED' | 'LENGTH' | 'FORMAT' | 'DEPARTMENT' | 'CHECKSUM';

/** Result of every identifier validator: the normalised value, or a French message for the form. */
export type IdentifierResult =
  | { ok: true; value: string }
  | { ok: false; reason: IdentifierErrorReason; message: string };

export const invalid = (reason: IdentifierErrorReason, message: string): IdentifierResult => ({
  ok: false,
  reason,
  message,
});

/** Spaces (incl. non-breaking ones) are common when a number is copied from a document. */
export const stripSpaces = (value: string): string => value.replace(/\s+/g, '');
