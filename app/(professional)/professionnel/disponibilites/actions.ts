'use server';

import { action } from '@/lib/actions/action';
import { saveOwnPeriods } from '@/lib/professionals/own';
import { availabilityPeriodsSchema } from '@/lib/validation/professional';

/** « Enregistrer » of « Mes disponibilités »: the whole list, in one transaction. */
export const savePeriodsAction = action({ schema: availabilityPeriodsSchema, roles: ['PROFESSIONAL'] }, (input, actor) => saveOwnPeriods(actor, input));
