'use server';

import { action } from '@/lib/actions/action';
import { REGULATORS } from '@/lib/access/roles';
import { updateReservationDelay } from '@/lib/regulation/settings';
import { updateCheckinPeriod } from '@/lib/regulation/national-settings';
import { checkinPeriodSchema, pscRequirementSchema, reservationDelaySchema } from '@/lib/regulation/schemas';
import { setPscRequirement } from '@/lib/federation/psc-requirement';

// « Paramètres » of `/ars` and `/ccs`. Thin on purpose: the schema bounds the delay (1–720 h), the domain
// function checks the region against the actor (an ARS its own, the CCS any) and logs the change.

export const saveReservationDelayAction = action({ schema: reservationDelaySchema, roles: REGULATORS }, (input, actor) => updateReservationDelay(actor, input));

/** The national period of the availability check-ins (SPEC §5.2): the CCS alone sets it (7–90 days). */
export const saveCheckinPeriodAction = action({ schema: checkinPeriodSchema, roles: ['CCS'] }, (input, actor) => updateCheckinPeriod(actor, input));

/** Whether RPPS+ managers must sign in with Pro Santé Connect (SPEC §16): the CCS alone sets it. */
export const savePscRequirementAction = action({ schema: pscRequirementSchema, roles: ['CCS'] }, (input, actor) => setPscRequirement(actor, input));
