import { randomBytes } from 'node:crypto';

// What one volunteer's browser sends to /inscription/professionnel/envoi: the form's values as one JSON
// part and a « Pièce d'identité » of DOCUMENT_BYTES, as multipart/form-data. Each body has its own email,
// RPPS number and phone, so that every request is a new volunteer.

export const DOCUMENT_BYTES = 1024 * 1024;
const BOUNDARY = '----surge-bench-boundary-7d1f0c2a9b';
export const SIGN_UP_CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/**
 * A 1 MB PDF as the upload check sees it: the `%PDF-` magic bytes (file-type reads them), a comment line
 * of random bytes (so nothing compresses it away), `%%EOF` at the end.
 */
export function pdfLikeDocument(size = DOCUMENT_BYTES): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%', 'latin1');
  const tail = Buffer.from('\n%%EOF\n', 'latin1');
  const filler = randomBytes(size - head.length - tail.length);
  // No line break inside the comment: the filler stays one PDF comment.
  for (let index = 0; index < filler.length; index++) if (filler[index] === 0x0a || filler[index] === 0x0d) filler[index] = 0x20;
  return Buffer.concat([head, filler, tail]);
}

export interface SignUpIdentity {
  email: string;
  identifierNumber: string;
  phone: string;
}

/** The n-th volunteer of a run: a unique address, an 11-digit RPPS number and a mobile number. */
export function identity(runTag: string, n: number): SignUpIdentity {
  const digits = String(n).padStart(8, '0');
  return {
    email: `surge-${runTag}-${n}@bench.renfort.test`,
    identifierNumber: `10${String(n).padStart(9, '0')}`,
    phone: `06 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`,
  };
}

export function signUpFields(who: SignUpIdentity): Record<string, unknown> {
  return {
    lastName: 'Surge',
    firstName: 'Camille',
    email: who.email,
    phone: who.phone,
    postalCode: '31000',
    city: 'Toulouse',
    regionCode: '76',
    professionCode: 'NURSE',
    speciality: '',
    activityType: 'EMPLOYEE',
    identifierType: 'RPPS',
    identifierNumber: who.identifierNumber,
    employer: 'CHU de Toulouse',
    hasVehicle: true,
    ehpadExperience: false,
    icuExperience: true,
    vaccinationExperience: true,
    availableWeekdays: true,
    availableWeekends: false,
    mobilisation: 'NATIONAL',
    comment: '',
    periods: [{ startDate: '2027-03-01', endDate: '' }],
    termsAccepted: true,
    dataConsent: true,
  };
}

/** The multipart body: the fields part, then the document part. */
export function signUpBody(who: SignUpIdentity, document: Buffer): Buffer {
  const fields =
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="fields"\r\n\r\n${JSON.stringify(signUpFields(who))}\r\n` +
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="identityDocument"; filename="piece-identite.pdf"\r\n` +
    'Content-Type: application/pdf\r\n\r\n';
  return Buffer.concat([Buffer.from(fields, 'utf8'), document, Buffer.from(`\r\n--${BOUNDARY}--\r\n`, 'utf8')]);
}
