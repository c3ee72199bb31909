import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { establishmentScope } from '@/lib/access/scope';
import { ESTABLISHMENT_IDENTITY, type EstablishmentIdentity } from '@/lib/establishments/select';

export interface EstablishmentDetail extends EstablishmentIdentity {
  regionName: string;
  accounts: { firstName: string; lastName: string; email: string }[];
}

/** One establishment if it is in the actor's scope, else null (the page answers 404). */
export async function getEstablishmentForActor(actor: Actor, id: string): Promise<EstablishmentDetail | null> {
  const establishment = await prisma.establishment.findFirst({
    where: { AND: [establishmentScope(actor), { id }] },
    select: {
      ...ESTABLISHMENT_IDENTITY,
      region: { select: { name: true } },
      memberships: {
        where: { user: { role: 'ESTABLISHMENT', status: 'ACTIVE' } },
        select: { user: { select: { firstName: true, lastName: true, email: true } } },
      },
    },
  });
  if (!establishment) return null;
  return {
    id: establishment.id,
    name: establishment.name,
    finess: establishment.finess,
    gid: establishment.gid,
    category: establishment.category,
    address: establishment.address,
    postalCode: establishment.postalCode,
    city: establishment.city,
    regionName: establishment.region.name,
    openMissions: establishment._count.missions,
    accounts: establishment.memberships.map((m) => m.user),
  };
}
