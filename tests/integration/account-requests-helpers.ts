import { randomInt, randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { makeFiness } from '@/lib/seed/establishments';
import { accountRequestSchema, type AccountRequestData, type AccountRequestInput } from '@/lib/validation/account-request';
import { submitAccountRequest } from '@/lib/account-requests/submit-account-request';
import { ensureReferenceData } from '../factories';

// Shared by the account-request integration tests: every request gets its own email, FINESS and IP,
// so that test files running side by side on one database never see each other's rows.

/** A FINESS nobody else uses (the factories use serials from 500 000 up). */
export function freshFiness(department = '31'): string {
  return makeFiness(department, randomInt(100_000, 499_999));
}

export function freshIp(): string {
  return `203.0.113.${randomInt(1, 254)}-${randomUUID()}`;
}

export function requestInput(overrides: Partial<AccountRequestInput> = {}): AccountRequestInput {
  return {
    lastName: 'Martin',
    firstName: 'Claire',
    email: `direction-${randomUUID().slice(0, 8)}@requests.renfort.test`,
    phone: '05 61 00 00 00',
    category: 'SOCIAL_ACCOMMODATION_ASSISTANCE',
    identifier: freshFiness(),
    establishmentName: `EHPAD de test ${randomUUID().slice(0, 6)}`,
    address: '4 rue des Tilleuls',
    postalCode: '31200',
    city: 'Toulouse',
    regionCode: '76',
    noImmediateNeed: false,
    missions: [
      { startDate: '2027-01-04', endDate: '2027-01-31', professionCode: 'NURSE', requestedCount: '2', details: 'Service de nuit', needsWeekend: true },
      { startDate: '2027-02-01', endDate: '2027-02-14', professionCode: 'DOCTOR', speciality: 'GERIATRICS', requestedCount: 1, vaccinationSupport: true },
    ],
    ...overrides,
  };
}

export function parseRequest(input: AccountRequestInput): AccountRequestData {
  return accountRequestSchema.parse(input);
}

/** Submits a valid request and returns its row (with the requester's awaiting account). */
export async function submitRequest(overrides: Partial<AccountRequestInput> = {}) {
  await ensureReferenceData();
  const input = parseRequest(requestInput(overrides));
  const outcome = await submitAccountRequest(input, { ip: freshIp() });
  if (outcome.outcome !== 'created') throw new Error(`expected a new request, got ${outcome.outcome}`);
  return prisma.accountRequest.findUniqueOrThrow({ where: { id: outcome.requestId } });
}

export function emailsTo(address: string) {
  return prisma.emailOutbox.findMany({ where: { to: address.toLowerCase() }, orderBy: { createdAt: 'asc' } });
}
