import type { Prisma } from '@/lib/generated/prisma/client';

// The parts of an establishment every page of it shows (the establishment's own page, the regulators'
// list and page): who it is, where, and how many missions it has open.

export const ESTABLISHMENT_IDENTITY = {
  id: true,
  name: true,
  finess: true,
  gid: true,
  category: true,
  address: true,
  postalCode: true,
  city: true,
  _count: { select: { missions: { where: { status: 'OPEN' } } } },
} satisfies Prisma.EstablishmentSelect;

/** What ESTABLISHMENT_IDENTITY reads, with its open missions counted. */
export interface EstablishmentIdentity {
  id: string;
  name: string;
  finess: string | null;
  gid: string | null;
  category: string;
  address: string;
  postalCode: string;
  city: string;
  openMissions: number;
}
