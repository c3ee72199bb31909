import 'server-only';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { writeAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { uniqueViolationField } from '@/lib/db/refusals';
import type { FieldErrors } from '@/lib/actions/result';
import { sendPasswordLink } from '@/lib/auth/password-flows';
import { ENUMERATION_SAFE_FLOOR_MS, withUniformDuration } from '@/lib/auth/uniform-duration';
import { saveProfessionalDocument } from '@/lib/professionals/documents';
import type { DocumentKind } from '@/lib/generated/prisma/enums';
import { enqueueEmail, normalizeAddress } from '@/lib/mail/outbox';
import { withFileTransaction, type FileTransactionOptions } from '@/lib/storage/file-transaction';
import type { ProfessionalSignUp } from '@/lib/validation/professional';
import { periodColumns, professionalColumns } from '@/lib/professionals/professional-rows';
import { checkSignUp, type CheckedSignUp, type SignUpFiles } from '@/lib/professionals/sign-up/check-sign-up';
import { signUpGate } from '@/lib/professionals/sign-up/sign-up-gate';
import type { FederationIntent } from '@/lib/federation/intents';
import { linkSignedUpIdentity } from '@/lib/federation/sign-up';
import type { SignUpFileField } from '@/lib/professionals/sign-up/sign-up-transport';

export type { SignUpFile, SignUpFiles } from '@/lib/professionals/sign-up/check-sign-up';

/**
 * What happened, for the caller's logs and tests only: the page must answer the same for both
 * (SPEC §2, whether someone volunteers is personal data).
 */
export type RegistrationOutcome = { ok: true; outcome: 'registered'; professionalId: string } | { ok: true; outcome: 'email-in-use' };

export type RegistrationResult = RegistrationOutcome | { ok: false; fieldErrors: FieldErrors };

type RegistrationOptions = Pick<FileTransactionOptions, 'store'> & {
  now?: Date;
  /** The Pro Santé Connect identity that opened this sign-up, linked in its transaction (SPEC §16). */
  federation?: FederationIntent | null;
};

const DOCUMENT_KINDS: Record<SignUpFileField, DocumentKind> = { identityDocument: 'IDENTITY', diploma: 'DIPLOMA' };

/**
 * A volunteer signs up (SPEC §5.1): the input has passed professionalSignUpSchema. Everything the user
 * can fix (unknown postal code, refused file…) is checked before anything is written, then the account,
 * record, periods, documents, the two emails and the audit row are written all together or not at all.
 * An email already in use creates nothing: its owner gets « Vous avez déjà un compte » instead, and the
 * caller answers as for a new sign-up — including when two sign-ups race for one new address.
 */
export async function registerProfessional(
  input: ProfessionalSignUp,
  files: SignUpFiles = {},
  options: RegistrationOptions = {},
): Promise<RegistrationResult> {
  const checked = await checkSignUp(input, files);
  if (!checked.ok) return checked;

  const email = normalizeAddress(input.email);
  // From here the path depends on whether the address is known: both answer after the same time. The
  // database work waits for a place at the gate (lib/professionals/sign-up/sign-up-gate.ts) inside that
  // time, and gives it back before the padding: a full gate throws OverloadedError before any lookup.
  return withUniformDuration(ENUMERATION_SAFE_FLOOR_MS, () =>
    signUpGate().run(async (): Promise<RegistrationOutcome> => {
      const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
      if (existing) return notifyExistingAccount(email, existing.id);

      try {
        const professionalId = await createAccount({ ...checked.data, email }, files, options);
        return { ok: true, outcome: 'registered', professionalId };
      } catch (error) {
        // Another sign-up with this address committed between our lookup and our insert.
        if (uniqueViolationField(error) === 'email') return notifyExistingAccount(email, null);
        throw error;
      }
    }),
  );
}

async function createAccount(
  input: CheckedSignUp & { email: string },
  files: SignUpFiles,
  { store, now = new Date(), federation }: RegistrationOptions,
): Promise<string> {
  return withFileTransaction(
    async (tx) => {
      const user = await tx.db.user.create({
        data: { email: input.email, role: 'PROFESSIONAL', status: 'ACTIVE', firstName: input.firstName, lastName: input.lastName },
        select: { id: true, email: true, firstName: true },
      });
      const professional = await tx.db.professional.create({
        data: {
          userId: user.id,
          ...professionalColumns(input, now),
          periods: { create: periodColumns(input) },
        },
        select: { id: true },
      });

      const documents: DocumentKind[] = [];
      for (const field of Object.keys(DOCUMENT_KINDS) as SignUpFileField[]) {
        const file = files[field];
        if (!file) continue;
        const saved = await saveProfessionalDocument(tx, { professionalId: professional.id, kind: DOCUMENT_KINDS[field], bytes: file.bytes, originalName: file.name });
        // Already checked above, so this is a safety net: throwing rolls back the rows and the bytes.
        if (!saved.ok) throw new DomainError(saved.message, field);
        documents.push(DOCUMENT_KINDS[field]);
      }

      if (federation) await linkSignedUpIdentity(tx.db, user.id, federation);
      await enqueueEmail(tx.db, { to: user.email, template: 'volunteer-registered', props: { firstName: user.firstName, spaceUrl: `${appUrl()}/professionnel` } });
      await sendPasswordLink(tx.db, user, 'ACTIVATION');
      await writeAudit(tx.db, {
        actorId: user.id,
        action: 'professional.sign-up',
        entityType: 'Professional',
        entityId: professional.id,
        details: { regionCode: input.regionCode, professionCode: input.professionCode, documents },
      });
      return professional.id;
    },
    { store },
  );
}

/** Nothing is created; the address's owner learns that someone tried, and how to get back in. */
async function notifyExistingAccount(email: string, userId: string | null): Promise<RegistrationOutcome> {
  await prisma.$transaction(async (tx) => {
    await enqueueEmail(tx, {
      to: email,
      template: 'account-already-exists',
      props: { signInUrl: `${appUrl()}/connexion`, resetRequestUrl: `${appUrl()}/mot-de-passe/oubli` },
    });
    await writeAudit(tx, { actorId: null, action: 'professional.sign-up-email-in-use', entityType: 'User', entityId: userId });
  });
  return { ok: true, outcome: 'email-in-use' };
}


