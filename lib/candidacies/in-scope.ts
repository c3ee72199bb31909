import 'server-only';
import type { TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { NotFoundError } from '@/lib/errors';
import { getMissionForChoosing } from '@/lib/candidates/mission-search';

/**
 * A candidacy whose mission the actor may act on (« Retirer », « Libérer »), read in the act's
 * transaction; « not found » for one outside the scope, as for any other act on its mission.
 */
export async function candidacyInScope(tx: TransactionClient, actor: Actor, candidacyId: string) {
  const candidacy = await tx.candidacy.findUnique({ where: { id: candidacyId } });
  if (!candidacy || !(await getMissionForChoosing(actor, candidacy.missionId, tx))) throw new NotFoundError('candidacy');
  return candidacy;
}
