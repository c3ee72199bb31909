import { z } from '@/lib/validation/zod';
import { validateFiness } from '@/lib/identifiers/finess';
import { stripSpaces } from '@/lib/identifiers/result';
import { FINESS_CATEGORY_CODES, getFinessCategory } from '@/lib/reference/finess-categories';
import { normaliseSpeciality, UNKNOWN_SPECIALITY } from '@/lib/reference/speciality';
import { REGION_CODES } from '@/lib/reference/regions';
import { missionSchema, type MissionInput } from '@/lib/validation/mission';
import { phoneSchema } from '@/lib/validation/phone';
import { emailSchema } from '@/lib/validation/sign-in';

// An establishment's account request (SPEC §6.1): one schema for the form of `/inscription/etablissement`
// and its server action; plus the two decisions of the ARS/CCS queue (SPEC §7.1).

export const MAX_MISSIONS_PER_REQUEST = 20;
export const REFUSAL_REASON_MAX_LENGTH = 1000;

const required = (label: string, max: number) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, `${label} est obligatoire.`)
    .max(max, `${label} est trop long.`);

/** A vaccination centre's GID: the numeric id of the ministry's list of vaccination sites. */
const GID_FORMAT = /^\d{1,10}$/;

/** The number typed in « N° FINESS géographique* » or « GID* », normalised, or the French reason it is refused. */
export function checkEstablishmentIdentifier(category: string, input: string): { ok: true; finess: string | null; gid: string | null } | { ok: false; message: string } {
  if (getFinessCategory(category)?.identifier === 'GID') {
    const gid = stripSpaces(input);
    if (gid === '') return { ok: false, message: 'Le GID est obligatoire.' };
    return GID_FORMAT.test(gid) ? { ok: true, finess: null, gid } : { ok: false, message: 'Le GID ne contient que des chiffres (10 au plus).' };
  }
  const finess = validateFiness(input);
  return finess.ok ? { ok: true, finess: finess.value, gid: null } : { ok: false, message: finess.message };
}

/** Runs a rule across fields once the fields it reads are valid, even when others are not yet, so
 * that the form shows every message at once (zod skips refinements of invalid objects by default). */
function whenValid(fields: readonly string[]) {
  return (payload: { issues: readonly { path?: PropertyKey[] }[] }) => payload.issues.every((issue) => !fields.includes(String(issue.path?.[0])));
}

const requestShape = z.object({
  lastName: required('Le nom', 100),
  firstName: required('Le prénom', 100),
  email: emailSchema,
  phone: phoneSchema,
  category: z.enum(FINESS_CATEGORY_CODES, { error: "Choisissez la catégorie de l'établissement." }),
  /** « N° FINESS géographique* », or « GID* » for a vaccination centre: one field whose label follows the category. */
  identifier: z.string({ error: 'Ce champ est obligatoire.' }),
  establishmentName: required("Le nom de l'établissement", 200),
  address: required("L'adresse", 200),
  postalCode: required('Le code postal', 5).pipe(z.string().regex(/^\d{5}$/, 'Le code postal comporte 5 chiffres.')),
  city: required('La ville', 100),
  regionCode: z.enum(REGION_CODES, { error: 'Choisissez la région de rattachement.' }),
  noImmediateNeed: z.boolean().default(false),
  // Each mission is checked below, and only when there is an immediate need: ticking « Je n'ai pas de
  // besoin immédiat » keeps what was typed in the hidden missions (nothing is lost if it is unticked)
  // without blocking the request.
  missions: z.array(z.custom<MissionInput>()).max(MAX_MISSIONS_PER_REQUEST, `${MAX_MISSIONS_PER_REQUEST} missions au plus par demande.`),
});

export const accountRequestSchema = requestShape
  .superRefine(
    (request, context) => {
      const identifier = checkEstablishmentIdentifier(request.category, request.identifier ?? '');
      if (!identifier.ok) context.addIssue({ code: 'custom', path: ['identifier'], message: identifier.message });
    },
    { when: whenValid(['category', 'identifier']) },
  )
  .superRefine(
    (request, context) => {
      if (request.noImmediateNeed) return;
      if (request.missions.length === 0) {
        context.addIssue({ code: 'custom', path: ['missions'], message: "Ajoutez une mission, ou cochez « Je n'ai pas de besoin immédiat »." });
      }
      request.missions.forEach((mission, index) => {
        const parsed = missionSchema.safeParse(mission);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', path: ['missions', index, ...issue.path], message: issue.message });
        } else if (normaliseSpeciality(parsed.data.professionCode, parsed.data.speciality ?? null) === undefined) {
          context.addIssue({ code: 'custom', path: ['missions', index, 'speciality'], message: UNKNOWN_SPECIALITY });
        }
      });
    },
    { when: whenValid(['noImmediateNeed', 'missions']) },
  )
  .transform(({ identifier, missions, ...request }) => {
    // Both checks above passed, so these parses cannot fail.
    const checked = checkEstablishmentIdentifier(request.category, identifier);
    const parsedMissions = request.noImmediateNeed ? [] : missions.map((mission) => missionSchema.parse(mission));
    return {
      ...request,
      finess: checked.ok ? checked.finess : null,
      gid: checked.ok ? checked.gid : null,
      missions: parsedMissions.map((mission) => ({ ...mission, speciality: normaliseSpeciality(mission.professionCode, mission.speciality ?? null) ?? null })),
    };
  });

export type AccountRequestInput = z.input<typeof accountRequestSchema>;
export type AccountRequestData = z.output<typeof accountRequestSchema>;

// ───── The ARS/CCS queue (SPEC §7.1) ─────

export const accountRequestDecisionSchema = z.object({ requestId: z.string().uuid('Élément introuvable.') });
export type AccountRequestDecisionInput = z.input<typeof accountRequestDecisionSchema>;
export type AccountRequestDecision = z.output<typeof accountRequestDecisionSchema>;

/** « Refuser »: the reason is required; it is sent to the requester as written. */
export const accountRequestRefusalSchema = accountRequestDecisionSchema.extend({
  reason: z
    .string({ error: 'Indiquez le motif du refus.' })
    .trim()
    .min(1, 'Indiquez le motif du refus.')
    .max(REFUSAL_REASON_MAX_LENGTH, `Le motif est limité à ${REFUSAL_REASON_MAX_LENGTH} caractères.`),
});
export type AccountRequestRefusalInput = z.input<typeof accountRequestRefusalSchema>;
export type AccountRequestRefusal = z.output<typeof accountRequestRefusalSchema>;
