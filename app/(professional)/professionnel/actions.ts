'use server';

import { action } from '@/lib/actions/action';
import { confirmOwnAvailability, declineOwnCandidacy, setOwnAvailability } from '@/lib/professionals/own';
import { availabilitySwitchSchema, confirmAvailabilitySchema, declineCandidacySchema } from '@/lib/validation/volunteer-area';

/** The « Disponible / Indisponible » switch of the dashboard. */
export const setAvailabilityAction = action({ schema: availabilitySwitchSchema, roles: ['PROFESSIONAL'] }, ({ available }, actor) => setOwnAvailability(actor, available));

/** « Je ne suis pas disponible pour cette mission » in « Ma candidature »: frees the volunteer at once. */
export const declineCandidacyAction = action({ schema: declineCandidacySchema, roles: ['PROFESSIONAL'] }, (input, actor) => declineOwnCandidacy(actor, input));
/** « Je suis toujours disponible »: the date of the last confirmation, nothing else (SPEC §5.2). */
export const confirmAvailabilityAction = action({ schema: confirmAvailabilitySchema, roles: ['PROFESSIONAL'] }, (_input, actor) => confirmOwnAvailability(actor));
