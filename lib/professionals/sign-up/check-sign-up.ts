import 'server-only';
import type { FieldErrors } from '@/lib/actions/result';
import { lookupPlace, type PostalCodeInfo } from '@/lib/reference/postal-codes';
import { normaliseSpeciality, UNKNOWN_SPECIALITY } from '@/lib/reference/speciality';
import { checkUpload } from '@/lib/storage/upload-check';
import type { ProfessionalSignUp } from '@/lib/validation/professional';
import type { SignUpFileField } from '@/lib/professionals/sign-up/sign-up-transport';

/** An uploaded file as the route hands it over: its bytes and the name the browser gave. */
export interface SignUpFile {
  bytes: Uint8Array;
  name: string;
}

export type SignUpFiles = Partial<Record<SignUpFileField, SignUpFile | null>>;

export type CheckedSignUp = ProfessionalSignUp & { location: PostalCodeInfo };

export const SIGN_UP_CHECK_MESSAGES = {
  unknownPostalCode: 'Code postal inconnu.',
  unknownSpeciality: UNKNOWN_SPECIALITY,
} as const;

/**
 * The rules the zod schema cannot know (they need server-only data or the files' bytes), each reported
 * on its own field and all at once, so that one round trip shows everything to fix. Writes nothing.
 */
export async function checkSignUp(
  input: ProfessionalSignUp,
  files: SignUpFiles,
): Promise<{ ok: true; data: CheckedSignUp } | { ok: false; fieldErrors: FieldErrors }> {
  const fieldErrors: FieldErrors = {};

  // A home postal code: never CEDEX. The town typed decides the department where the code spans two.
  const lookup = lookupPlace(input.postalCode, input.city, { cedex: false });
  const location = lookup.ok ? lookup.place : null;
  if (!location) fieldErrors.postalCode = SIGN_UP_CHECK_MESSAGES.unknownPostalCode;

  const speciality = normaliseSpeciality(input.professionCode, input.speciality);
  if (speciality === undefined) fieldErrors.speciality = SIGN_UP_CHECK_MESSAGES.unknownSpeciality;

  for (const field of ['identityDocument', 'diploma'] as const) {
    const file = files[field];
    if (!file) continue;
    const check = await checkUpload(file.bytes, file.name);
    if (!check.ok) fieldErrors[field] = check.message;
  }

  if (!location || speciality === undefined || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, data: { ...input, speciality, location } };
}
