import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { assertRegulator } from '@/lib/access/checks';
import { establishmentScope } from '@/lib/access/scope';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ESTABLISHMENT_IDENTITY, type EstablishmentIdentity } from '@/lib/establishments/select';
import { ATTACHED_ACCOUNTS, toAttachedAccount, type AttachedAccount } from '@/lib/establishments/regulator-accounts';
import { REGULATOR_ESTABLISHMENTS_PAGE_SIZE, type RegulatorEstablishmentQuery } from '@/lib/establishments/regulator-query';

// « Établissements » of an ARS (its region) or of the CCS (all), SPEC §15: every establishment of the
// scope, with or without an open mission, and whom to call there. Establishments number in the
// thousands: Prisma's where/orderBy/skip/take, and a count with the same where.

export interface RegulatorEstablishmentRow extends EstablishmentIdentity {
  regionCode: string;
  accounts: AttachedAccount[];
}

export interface RegulatorEstablishmentList {
  rows: RegulatorEstablishmentRow[];
  total: number;
  page: number;
  pageSize: number;
}

function searchWhere(q: string): Prisma.EstablishmentWhereInput {
  const contains = { contains: q, mode: 'insensitive' as const };
  // A FINESS is 9 characters typed from a letter or a screen: its start is enough.
  return { OR: [{ name: contains }, { city: contains }, { finess: { startsWith: q.toUpperCase() } }, { gid: { startsWith: q, mode: 'insensitive' } }] };
}

/** One page of the establishments in the actor's scope; any role but ARS/CCS is « not found ». */
export async function listRegulatorEstablishments(actor: Actor, query: RegulatorEstablishmentQuery): Promise<RegulatorEstablishmentList> {
  assertRegulator(actor, 'establishments');
  const and: Prisma.EstablishmentWhereInput[] = [establishmentScope(actor)];
  if (query.q) and.push(searchWhere(query.q));
  if (query.region) and.push({ regionCode: query.region });
  const where = { AND: and };
  const [establishments, total] = await Promise.all([
    prisma.establishment.findMany({
      where,
      select: { ...ESTABLISHMENT_IDENTITY, regionCode: true, memberships: ATTACHED_ACCOUNTS },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (query.page - 1) * REGULATOR_ESTABLISHMENTS_PAGE_SIZE,
      take: REGULATOR_ESTABLISHMENTS_PAGE_SIZE,
    }),
    prisma.establishment.count({ where }),
  ]);
  const rows = establishments.map(({ _count, memberships, ...establishment }) => ({
    ...establishment,
    openMissions: _count.missions,
    accounts: memberships.map(toAttachedAccount),
  }));
  return { rows, total, page: query.page, pageSize: REGULATOR_ESTABLISHMENTS_PAGE_SIZE };
}
