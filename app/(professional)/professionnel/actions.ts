'use server';

import { action } from '@/lib/actions/action';
import { confirmOwnAvailability, setOwnAvailability } from '@/lib/professionals/own';
import { availabilitySwitchSchema, confirmAvailabilitySchema } from '@/lib/validation/professional';

/** The « Disponible / Indisponible » switch of the dashboard. */
export const setAvailabilityAction = action({ schema: availabilitySwitchSchema, roles: ['PROFESSIONAL'] }, ({ available }, actor) => setOwnAvailability(actor, available));

/** « Je suis toujours disponible »: the date of the last confirmation, nothing else (SPEC §5.2). */
export const confirmAvailabilityAction = action({ schema: confirmAvailabilitySchema, roles: ['PROFESSIONAL'] }, (_input, actor) => confirmOwnAvailability(actor));
