'use server';

import { action } from '@/lib/actions/action';
import { setOwnAvailability } from '@/lib/professionals/own';
import { availabilitySwitchSchema } from '@/lib/validation/professional';

/** The « Disponible / Indisponible » switch of the dashboard. */
export const setAvailabilityAction = action({ schema: availabilitySwitchSchema, roles: ['PROFESSIONAL'] }, ({ available }, actor) => setOwnAvailability(actor, available));
