'use server';

import { action } from '@/lib/actions/action';
import { updateOwnRecord } from '@/lib/professionals/own';
import { professionalRecordSchema } from '@/lib/validation/professional';

/**
 * « Valider » of « Ma fiche »: the whole record but the email. The wrapper revalidates the area: the
 * layout shows their name, the dashboard their profession and region.
 */
export const updateRecordAction = action({ schema: professionalRecordSchema, roles: ['PROFESSIONAL'] }, (record, actor) => updateOwnRecord(actor, record));
