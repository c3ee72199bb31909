'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { updateOwnRecord } from '@/lib/professionals/own';
import { professionalRecordSchema } from '@/lib/validation/professional';

/** « Valider » of « Ma fiche »: the whole record but the email. */
export const updateRecordAction = action({ schema: professionalRecordSchema, roles: ['PROFESSIONAL'] }, async (record, actor) => {
  const saved = await updateOwnRecord(actor, record);
  // The layout shows their name, the dashboard their profession and region.
  revalidatePath('/professionnel', 'layout');
  return saved;
});
