import 'server-only';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { writeAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { uniqueViolationField } from '@/lib/db/refusals';
import { ACCOUNT_REQUESTS_PER_IP, hitAndCheck } from '@/lib/auth/rate-limit';
import { ENUMERATION_SAFE_FLOOR_MS, withUniformDuration } from '@/lib/auth/uniform-duration';
import { enqueueEmail, normalizeAddress } from '@/lib/mail/outbox';
import { lookupPlace, placeRefusal } from '@/lib/reference/postal-codes';
import type { AccountRequestData } from '@/lib/validation/account-request';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';
import { toStoredMissions } from '@/lib/account-requests/stored-missions';

/**
 * What happened, for logs and tests only: the page answers the same for both (SPEC §2 — whether an
 * address has an account is not revealed on screen).
 */
export type SubmitOutcome = { outcome: 'created'; requestId: string } | { outcome: 'email-in-use' };

/**
 * An establishment asks for an account (SPEC §6.1). The input has passed accountRequestSchema. The
 * requester's account is created at once, AWAITING_VALIDATION and without a password, so that one email
 * stays one account while the request waits; the request, its missions (JSON until validation), the
 * « Demande de renfort prise en compte » email and the audit row commit together or not at all.
 * An address already in use creates nothing: its owner is told by email instead, including when two
 * requests race for one new address (the unique violation of the second one).
 */
export async function submitAccountRequest(input: AccountRequestData, context: { ip: string }): Promise<SubmitOutcome> {
  if (await hitAndCheck(ACCOUNT_REQUESTS_PER_IP, context.ip)) throw new DomainError(ACCOUNT_REQUEST_MESSAGES.rateLimited);
  // Validation needs the department and the point of the address to create the establishment. A hospital's
  // FINESS address is often a CEDEX one (« 31059 Toulouse Cedex 9 »): its town must then name a commune.
  const place = lookupPlace(input.postalCode, input.city, { cedex: true });
  if (!place.ok) throw new DomainError(placeRefusal(place, ACCOUNT_REQUEST_MESSAGES.unknownPostalCode), 'postalCode');

  const email = normalizeAddress(input.email);
  // From here the path depends on whether the address is known: both answer after the same time.
  return withUniformDuration(ENUMERATION_SAFE_FLOOR_MS, async () => {
    const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) return notifyExistingAccount(email, existing.id);

    try {
      const requestId = await createRequest({ ...input, email });
      return { outcome: 'created' as const, requestId };
    } catch (error) {
      // Another request or sign-up with this address committed between our lookup and our insert.
      if (uniqueViolationField(error) === 'email') return notifyExistingAccount(email, null);
      throw error;
    }
  });
}

async function createRequest(input: AccountRequestData): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: input.email,
        role: 'ESTABLISHMENT',
        status: 'AWAITING_VALIDATION',
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
      },
      select: { id: true },
    });
    const request = await tx.accountRequest.create({
      data: {
        userId: user.id,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        category: input.category,
        finess: input.finess,
        gid: input.gid,
        establishmentName: input.establishmentName,
        address: input.address,
        postalCode: input.postalCode,
        city: input.city,
        regionCode: input.regionCode,
        noImmediateNeed: input.noImmediateNeed,
        missions: toStoredMissions(input.missions),
      },
      select: { id: true },
    });
    await enqueueEmail(tx, { to: input.email, template: 'account-request-received', props: { firstName: input.firstName, login: input.email } });
    await writeAudit(tx, {
      actorId: user.id,
      action: 'account-request.submitted',
      entityType: 'AccountRequest',
      entityId: request.id,
      details: { regionCode: input.regionCode, category: input.category, missions: input.missions.length },
    });
    return request.id;
  });
}

/** Nothing is created; the address's owner learns that someone tried, and how to get back in. */
async function notifyExistingAccount(email: string, userId: string | null): Promise<SubmitOutcome> {
  await prisma.$transaction(async (tx) => {
    await enqueueEmail(tx, {
      to: email,
      template: 'account-already-exists',
      props: { signInUrl: `${appUrl()}/connexion`, resetRequestUrl: `${appUrl()}/mot-de-passe/oubli` },
    });
    await writeAudit(tx, { actorId: null, action: 'account-request.email-in-use', entityType: 'User', entityId: userId });
  });
  return { outcome: 'email-in-use' };
}
