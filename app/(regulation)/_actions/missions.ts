'use server';

import { action } from '@/lib/actions/action';
import { REGULATORS } from '@/lib/access/roles';
import { assignOnBehalf, proposeCandidates, withdrawProposal } from '@/lib/candidacies/propose';
import { alertCcs, openNationalPool } from '@/lib/regulation/alerts';
import { archiveMission } from '@/lib/missions/archive';
import { assignOnBehalfSchema, candidacyActionSchema, missionActionSchema, proposeSchema } from '@/lib/regulation/schemas';
import { releaseReservation } from '@/lib/candidacies/release';

// « Missions » and « Proposer » (SPEC §7.2) of `/ars` and `/ccs`, thin on purpose: zod → the wrapper →
// the domain function, which scopes the mission to the actor (another region → « Élément introuvable. »).

export const archiveMissionAction = action({ schema: missionActionSchema, roles: REGULATORS }, (input, actor) => archiveMission(actor, input));

export const proposeAction = action({ schema: proposeSchema, roles: REGULATORS }, (input, actor) => proposeCandidates(actor, input));

export const withdrawAction = action({ schema: candidacyActionSchema, roles: REGULATORS }, async (input, actor) => {
  await withdrawProposal(actor, input);
  return undefined;
});

/** « Libérer » an establishment's reservation of a volunteer (docs/decisions/043). */
export const releaseReservationAction = action({ schema: candidacyActionSchema, roles: REGULATORS }, async (input, actor) => {
  await releaseReservation(actor, input);
  return undefined;
});

export const assignOnBehalfAction = action({ schema: assignOnBehalfSchema, roles: REGULATORS }, (input, actor) => assignOnBehalf(actor, input));

/** The ARS's « Alerter le CCS » of a need its region cannot meet. */
export const alertCcsAction = action({ schema: missionActionSchema, roles: ['ARS'] }, (input, actor) => alertCcs(actor, input));

/** The CCS's « Ouvrir le vivier national » instead of the alert. */
export const openNationalPoolAction = action({ schema: missionActionSchema, roles: ['CCS'] }, (input, actor) => openNationalPool(actor, input));
