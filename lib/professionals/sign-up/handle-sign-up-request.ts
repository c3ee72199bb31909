import 'server-only';
import { toFailure } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/actions/result';
import { zodFieldErrors } from '@/lib/actions/zod-errors';
import { clientIp } from '@/lib/auth/client-ip';
import { SIGN_UPS_PER_IP, hitAndCheck } from '@/lib/auth/rate-limit';
import { OverloadedError } from '@/lib/security/admission-gate';
import type { FileStore } from '@/lib/storage/file-store';
import { professionalSignUpSchema, type ProfessionalSignUp } from '@/lib/validation/professional';
import { asUnverifiedSignUp, SignUpIntentSpentError, withCertifiedValues } from '@/lib/federation/sign-up';
import { registerProfessional, type RegistrationResult, type SignUpFile, type SignUpFiles } from '@/lib/professionals/sign-up/register-professional';
import { MAX_SIGN_UP_BODY_BYTES, SIGN_UP_MESSAGES, SIGN_UP_PARTS, type SignUpAccepted, type SignUpFileField } from '@/lib/professionals/sign-up/sign-up-transport';

export interface SignUpResponse {
  status: number;
  body: ActionResult<SignUpAccepted>;
}

/**
 * The sign-up route handler's work, shaped like a server action (docs/ARCHITECTURE.md conventions 1, 6): parse with zod → domain
 * function → ActionResult. A user-fixable problem is a 200 with `ok: false` and French field errors,
 * never a stack trace. A new and an already-used email get the very same answer (SPEC §2).
 */
export async function handleSignUpRequest(request: Request, options: { store?: FileStore } = {}): Promise<SignUpResponse> {
  if (await hitAndCheck(SIGN_UPS_PER_IP, clientIp(request.headers))) {
    return { status: 429, body: { ok: false, formError: SIGN_UP_MESSAGES.rateLimited } };
  }
  // Refused before reading when the declared size says so (browsers always declare it with FormData)…
  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > MAX_SIGN_UP_BODY_BYTES) return { status: 413, body: { ok: false, formError: SIGN_UP_MESSAGES.tooLarge } };

  const parts = await readParts(request);
  // …and cut off while reading when it does not (chunked upload, wrong header).
  if (parts === 'too-large') return { status: 413, body: { ok: false, formError: SIGN_UP_MESSAGES.tooLarge } };
  if (!parts) return { status: 400, body: { ok: false, formError: SIGN_UP_MESSAGES.malformed } };

  const parsed = professionalSignUpSchema.safeParse(parts.fields);
  if (!parsed.success) return { status: 200, body: { ok: false, fieldErrors: zodFieldErrors(parsed.error) } };

  try {
    const { result, notice } = await register(parsed.data, parts.files, options);
    if (!result.ok) return { status: 200, body: { ok: false, fieldErrors: result.fieldErrors } };
    // Deliberately the same for 'registered' and 'email-in-use'.
    return { status: 200, body: { ok: true, data: notice ? { notice } : null } };
  } catch (error) {
    // Overload (the gate's line is full, or the database pool gave no connection in time): a clear
    // « réessayez dans un instant », nothing written — the transaction never started or rolled back.
    if (isOverload(error)) return { status: 503, body: { ok: false, formError: SIGN_UP_MESSAGES.busy } };
    return { status: 200, body: toFailure(error) };
  }
}

/**
 * Opened by Pro Santé Connect (SPEC §16): names, RPPS number and profession are PSC's, not the browser's,
 * and the identity is linked in the sign-up's transaction. A step that has lapsed — expired, already
 * used — makes it an ordinary sign-up with a notice, never a lost form (docs/decisions/038).
 */
async function register(input: ProfessionalSignUp, files: SignUpFiles, options: { store?: FileStore }): Promise<{ result: RegistrationResult; notice: string | null }> {
  const signUp = await withCertifiedValues(input);
  try {
    return { result: await registerProfessional(signUp.input, files, { ...options, federation: signUp.intent }), notice: signUp.notice };
  } catch (error) {
    // Another request spent the step between our reading it and our transaction (two tabs sent at
    // once): nothing was written, and a step is never used twice, so this one goes on as an ordinary one.
    if (!(error instanceof SignUpIntentSpentError)) throw error;
    const unverified = asUnverifiedSignUp(input);
    return { result: await registerProfessional(unverified.input, files, options), notice: unverified.notice };
  }
}

/**
 * OverloadedError from the sign-up gate, or Prisma's « no connection / transaction could not start in
 * time » (P2024, P2028), which a pool shared with the rest of the app can still give under a surge.
 */
function isOverload(error: unknown): boolean {
  if (error instanceof OverloadedError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'P2024' || code === 'P2028';
}

async function readParts(request: Request): Promise<{ fields: unknown; files: SignUpFiles } | 'too-large' | null> {
  let form: FormData;
  try {
    form = await readLimitedFormData(request, MAX_SIGN_UP_BODY_BYTES);
  } catch (error) {
    return error instanceof BodyTooLargeError ? 'too-large' : null;
  }
  const rawFields = form.get(SIGN_UP_PARTS.fields);
  if (typeof rawFields !== 'string') return null;
  let fields: unknown;
  try {
    fields = JSON.parse(rawFields);
  } catch {
    return null;
  }
  const files: SignUpFiles = {};
  for (const field of ['identityDocument', 'diploma'] as const satisfies readonly SignUpFileField[]) {
    const file = await readFile(form.get(SIGN_UP_PARTS[field]));
    if (file === undefined) return null;
    files[field] = file;
  }
  return { fields, files };
}

/** null when the part is absent (no file chosen), undefined when it is something other than a file. */
async function readFile(part: FormDataEntryValue | null): Promise<SignUpFile | null | undefined> {
  if (part === null) return null;
  if (typeof part === 'string') return undefined;
  // What a browser sends for a file input left empty, should a plain form ever post here.
  if (part.size === 0 && part.name === '') return null;
  return { bytes: new Uint8Array(await part.arrayBuffer()), name: part.name };
}

class BodyTooLargeError extends Error {}

/** request.formData(), but never buffering more than `maxBytes` whatever the headers claim. */
async function readLimitedFormData(request: Request, maxBytes: number): Promise<FormData> {
  if (!request.body) throw new Error('empty body');
  let received = 0;
  const limited = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) controller.error(new BodyTooLargeError());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(limited, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch (error) {
    throw received > maxBytes ? new BodyTooLargeError() : error;
  }
}
