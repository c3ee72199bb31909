'use server';

import { action } from '@/lib/actions/action';
import { createMissionsForActor } from '@/lib/missions/new-need';
import { newNeedSchema } from '@/lib/validation/mission';

/** « Nouveau besoin »: only establishment accounts, only for their own establishments (checked in the DAL). */
export const createNeedAction = action({ schema: newNeedSchema, roles: ['ESTABLISHMENT'] }, async (input, actor) => {
  const { missionIds } = await createMissionsForActor(actor, input);
  return { count: missionIds.length };
});
