import { z } from '@/lib/validation/zod';
import { isIsoDay } from '@/lib/dates/days';
import { PROFESSION_CODES } from '@/lib/reference/professions';

// A need (« mission », SPEC §6.3): one schema for the new-need form, the missions block of the account
// request (SPEC §6.1, stored as JSON until the ARS validates) and their server actions.

export const DETAILS_MAX_LENGTH = 255;

const isoDate = (label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .min(1, `${label} est obligatoire.`)
    // A real calendar day: Date.parse would take 2026-02-31 and fromIsoDay would store 3 March.
    .refine(isIsoDay, 'Date invalide.');

export const missionSchema = z
  .object({
    startDate: isoDate('La date de début'),
    endDate: isoDate('La date de fin'),
    professionCode: z.enum(PROFESSION_CODES, { error: 'Choisissez la profession demandée.' }),
    speciality: z
      .string()
      .trim()
      .max(100, 'Spécialité trop longue.')
      .optional()
      .transform((value) => value || null),
    requestedCount: z.coerce
      .number({ error: 'Indiquez un nombre.' })
      .int('Indiquez un nombre entier.')
      .min(1, 'Le nombre doit être au moins 1.')
      .max(500, 'Le nombre ne peut dépasser 500 par mission.'),
    details: z
      .string()
      .trim()
      .max(DETAILS_MAX_LENGTH, `Les précisions sont limitées à ${DETAILS_MAX_LENGTH} caractères.`)
      .optional()
      .transform((value) => value || null),
    needsVehicle: z.boolean().default(false),
    needsWeekend: z.boolean().default(false),
    needsEhpadExperience: z.boolean().default(false),
    needsIcuExperience: z.boolean().default(false),
    vaccinationSupport: z.boolean().default(false),
  })
  .refine((mission) => mission.endDate >= mission.startDate, {
    path: ['endDate'],
    message: 'La date de fin doit être postérieure ou égale à la date de début.',
    when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== 'startDate' && issue.path?.[0] !== 'endDate'),
  });

export type MissionInput = z.input<typeof missionSchema>;
export type MissionData = z.output<typeof missionSchema>;

/** « Nouveau besoin »: several missions at once for one of the account's establishments. */
export const newNeedSchema = z.object({
  establishmentId: z.string().uuid('Choisissez un établissement.'),
  missions: z.array(missionSchema).min(1, 'Ajoutez au moins une mission.').max(20, 'Vingt missions au plus à la fois.'),
});
export type NewNeedInput = z.input<typeof newNeedSchema>;
