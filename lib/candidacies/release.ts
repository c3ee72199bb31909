import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { assertRole, REGULATORS } from '@/lib/access/roles';
import { DomainError } from '@/lib/errors';
import { getRegion } from '@/lib/reference/regions';
import { changeCandidacyStatus } from './change-status';
import { candidacyInScope } from './in-scope';
import { emailEstablishmentAccounts, loadForEmail } from './reservation-emails';

// « Libérer » (docs/decisions/043): an ARS, or the CCS, ends an establishment's reservation (« Contacté »)
// of a mission in its scope before the delay lapses, to mobilise the volunteer elsewhere — the refusal
// the establishment could have made, made on its behalf, as « Affecter » is (SPEC §7.2, §10: CONTACTED →
// REFUSED). The volunteer is « Disponible » again at once and, as after any refusal, not emailed (SPEC
// §5.2); the establishment's accounts are told who released it.

export const RELEASE_MESSAGES = {
  notContacted: 'Seule une réservation « Contacté » peut être libérée : actualisez la page.',
  changed: 'Cette réservation a changé entre-temps : actualisez la page.',
} as const;

/** How the establishment's email names the regulator. */
function releasedBy(actor: Actor): string {
  if (actor.role === 'CCS') return 'le centre de crise sanitaire';
  const region = actor.regionCode ? getRegion(actor.regionCode) : undefined;
  return region ? `l’${region.arsName}` : 'l’ARS';
}

export async function releaseReservation(actor: Actor, input: { candidacyId: string }, now = new Date()): Promise<void> {
  assertRole(actor, REGULATORS, 'candidacy');
  await prisma.$transaction(async (tx) => {
    const candidacy = await candidacyInScope(tx, actor, input.candidacyId);
    if (candidacy.status !== 'CONTACTED') throw new DomainError(RELEASE_MESSAGES.notContacted);
    await changeCandidacyStatus(tx, { candidacy, to: 'REFUSED', actor, now, changedMessage: RELEASE_MESSAGES.changed, details: { releasedByRegulator: true } });
    await emailEstablishmentAccounts(tx, await loadForEmail(candidacy.id, tx), { template: 'reservation-released', releasedAt: now, releasedBy: releasedBy(actor) });
  });
}
