'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { saveOwnPeriods } from '@/lib/professionals/own';
import { availabilityPeriodsSchema } from '@/lib/validation/professional';

/** « Enregistrer » of « Mes disponibilités »: the whole list, in one transaction. */
export const savePeriodsAction = action({ schema: availabilityPeriodsSchema, roles: ['PROFESSIONAL'] }, async (input, actor) => {
  const saved = await saveOwnPeriods(actor, input);
  revalidatePath('/professionnel', 'layout');
  return saved;
});
