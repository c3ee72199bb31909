import 'server-only';
import type { Actor } from '@/lib/access/actor';
import type { TransactionClient } from '@/lib/db';
import { establishmentScope } from '@/lib/access/scope';
import { DomainError } from '@/lib/errors';
import type { AccountRequest, Prisma } from '@/lib/generated/prisma/client';
import { lookupPlace, placeRefusal } from '@/lib/reference/postal-codes';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';

export interface RequestEstablishment {
  id: string;
  name: string;
  /** True when the FINESS (or GID) was already known and the new account joins it (SPEC §6.1). */
  joined: boolean;
}

/** The unique key of the request's establishment: its FINESS, or the GID of a vaccination centre. */
export function establishmentIdentifierWhere(request: Pick<AccountRequest, 'finess' | 'gid'>): Prisma.EstablishmentWhereUniqueInput {
  if (request.finess) return { finess: request.finess };
  if (request.gid) return { gid: request.gid };
  // The table's check constraint forbids a request with neither.
  throw new Error('account request without FINESS or GID');
}

/**
 * Serialises whatever may create the establishment of one FINESS/GID — two requests for one hospital
 * validated at once, or a validation and an Annexe 2 import: the second waits, then finds the
 * establishment the first created and joins it instead of failing on the unique index. Released with
 * the transaction.
 */
export async function lockEstablishmentIdentifier(tx: TransactionClient, identifier: Prisma.EstablishmentWhereUniqueInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`establishment:${JSON.stringify(identifier)}`}))`;
}

/**
 * The establishment the validated account is attached to: the existing one with this FINESS/GID, or a
 * new one placed by its postal code. An ARS may attach accounts only to establishments of its region; an
 * establishment of another region can be joined through its ARS or the CCS.
 */
export async function establishmentForRequest(tx: TransactionClient, actor: Actor, request: AccountRequest): Promise<RequestEstablishment> {
  const identifier = establishmentIdentifierWhere(request);
  await lockEstablishmentIdentifier(tx, identifier);

  const existing = await tx.establishment.findFirst({ where: identifier, select: { id: true, name: true } });
  if (existing) {
    const visible = await tx.establishment.count({ where: { AND: [establishmentScope(actor), { id: existing.id }] } });
    if (visible === 0) throw new DomainError(ACCOUNT_REQUEST_MESSAGES.otherRegionEstablishment);
    return { ...existing, joined: true };
  }

  // The department of the town the requester typed (a postal code may span two), or of a CEDEX code's town.
  const lookup = lookupPlace(request.postalCode, request.city, { cedex: true });
  // Checked when the request was made; kept as a guard for rows imported or written by hand.
  if (!lookup.ok) throw new DomainError(placeRefusal(lookup, ACCOUNT_REQUEST_MESSAGES.unknownPostalCode));
  const location = lookup.place;
  const created = await tx.establishment.create({
    data: {
      finess: request.finess,
      gid: request.gid,
      name: request.establishmentName,
      category: request.category,
      address: request.address,
      postalCode: request.postalCode,
      city: request.city,
      departmentCode: location.departmentCode,
      // The region the requester attached the establishment to (« Région de rattachement »), which
      // decides which ARS sees it; the postal code's region only pre-filled that choice.
      regionCode: request.regionCode,
      longitude: location.coordinates[0],
      latitude: location.coordinates[1],
    },
    select: { id: true, name: true },
  });
  return { ...created, joined: false };
}
