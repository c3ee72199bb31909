import { z } from '@/lib/validation/zod';
import { CANDIDATE_PAGE_SIZE } from '@/lib/candidates/query';
import { PROFESSION_CODES } from '@/lib/reference/professions';
import { REGION_CODES } from '@/lib/reference/regions';

// The inputs of the ARS/CCS server actions (one schema per form, docs/ARCHITECTURE.md convention 5), shared by the
// client components (types, and the settings form's resolver) and the actions (parse). Ids are only
// checked to look like ids here: the domain functions re-authorize them against the actor's scope.

const id = z.string().uuid('Élément introuvable.');
const region = z.enum(REGION_CODES, 'Choisissez une région.');

export const missionActionSchema = z.object({ missionId: id });

export const proposeSchema = z.object({
  missionId: id,
  // The check boxes live on one page of the table.
  professionalIds: z.array(id).min(1, 'Sélectionnez au moins un professionnel.').max(CANDIDATE_PAGE_SIZE, 'Sélectionnez moins de professionnels.'),
});

export const assignOnBehalfSchema = z.object({ missionId: id, professionalId: id });

/** « Retirer » a proposal, « Libérer » a reservation: an act on one candidacy. */
export const candidacyActionSchema = z.object({ candidacyId: id });

export const crisisStartSchema = z
  .object({
    regionCode: region,
    allProfessions: z.boolean(),
    professionCodes: z.array(z.enum(PROFESSION_CODES)).max(PROFESSION_CODES.length).default([]),
  })
  .refine((value) => value.allProfessions || value.professionCodes.length > 0, {
    message: 'Cochez au moins une profession, ou choisissez « Toutes les professions ».',
    path: ['professionCodes'],
  });

export const crisisEndSchema = z.object({ regionCode: region });

export const RESERVATION_DELAY_MIN = 1;
export const RESERVATION_DELAY_MAX = 720;

export const reservationDelaySchema = z.object({
  regionCode: region,
  reservationDelayHours: z.coerce
    .number('Indiquez un nombre d’heures.')
    .int('Indiquez un nombre entier d’heures.')
    .min(RESERVATION_DELAY_MIN, `Le délai est d’au moins ${RESERVATION_DELAY_MIN} heure.`)
    .max(RESERVATION_DELAY_MAX, `Le délai est d’au plus ${RESERVATION_DELAY_MAX} heures (30 jours).`),
});

// SPEC §5.2: the CCS sets, for the whole country, how long a Disponible volunteer may go without confirming
// before « Êtes-vous toujours disponible ? ». At least the 7 days a check-in link lives (a new check-in
// cancels the previous link), at most a quarter (docs/decisions/031).
export const CHECKIN_PERIOD_DEFAULT = 14;
export const CHECKIN_PERIOD_MIN = 7;
export const CHECKIN_PERIOD_MAX = 90;

export const checkinPeriodSchema = z.object({
  checkinPeriodDays: z.coerce
    .number('Indiquez un nombre de jours.')
    .int('Indiquez un nombre entier de jours.')
    .min(CHECKIN_PERIOD_MIN, `La période est d’au moins ${CHECKIN_PERIOD_MIN} jours (la durée de validité des liens).`)
    .max(CHECKIN_PERIOD_MAX, `La période est d’au plus ${CHECKIN_PERIOD_MAX} jours.`),
});

export type ProposeInput = z.input<typeof proposeSchema>;
export type AssignOnBehalfInput = z.input<typeof assignOnBehalfSchema>;
export type CandidacyActionInput = z.input<typeof candidacyActionSchema>;
export type MissionActionInput = z.input<typeof missionActionSchema>;
export type CrisisStartInput = z.input<typeof crisisStartSchema>;
export type CrisisEndInput = z.input<typeof crisisEndSchema>;
export type ReservationDelayInput = z.input<typeof reservationDelaySchema>;
export type ReservationDelayOutput = z.output<typeof reservationDelaySchema>;
export type CheckinPeriodInput = z.input<typeof checkinPeriodSchema>;
export type CheckinPeriodOutput = z.output<typeof checkinPeriodSchema>;

/** « Exiger Pro Santé Connect pour les gestionnaires RPPS+ » (SPEC §16): the CCS's switch. */
export const pscRequirementSchema = z.object({ required: z.boolean() });
export type PscRequirementInput = z.input<typeof pscRequirementSchema>;
