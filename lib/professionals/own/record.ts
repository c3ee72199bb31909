import 'server-only';
import { isRppsVerified as isVerified } from '@/lib/rpps/directory-lookup';
import type { Actor } from '@/lib/access/actor';
import { DomainError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { prisma } from '@/lib/db';
import { RECORD_FIELDS_SELECT } from '@/lib/professionals/record-fields';
import type { Prisma } from '@/lib/generated/prisma/client';
import { normaliseSpeciality, UNKNOWN_SPECIALITY } from '@/lib/reference/speciality';
import { lookupPlace } from '@/lib/reference/postal-codes';
import type { ProfessionalRecord, ProfessionalRecordInput } from '@/lib/validation/professional';
import { recordColumns } from '@/lib/professionals/professional-rows';
import { ownProfessionalId } from './owner';

// « Ma fiche » (SPEC §5.2): every field of the record except the email. Names live on the user row,
// the rest on the professional row; both change in one transaction.

export interface OwnRecord {
  /** Shown read-only: one email = one account, and it is the login. */
  email: string;
  /** The saved values, in the shape of the form (empty strings rather than nulls). */
  values: RecordFormValues;
  /** « RPPS vérifié »: an RPPS number our RPPS directory knows (SPEC §5.1, §8). */
  rppsVerified: boolean;
}

/** Every field the form edits, all present (the form resets to exactly these). */
export type RecordFormValues = Required<ProfessionalRecordInput>;

const RECORD_SELECT = {
  ...RECORD_FIELDS_SELECT,
  regionCode: true,
  employer: true,
  user: { select: { email: true, firstName: true, lastName: true } },
} satisfies Prisma.ProfessionalSelect;

export async function getOwnRecord(actor: Actor): Promise<OwnRecord> {
  const id = await ownProfessionalId(actor);
  const row = await prisma.professional.findUniqueOrThrow({ where: { id }, select: RECORD_SELECT });
  return toOwnRecord(row, await isRppsVerified({ userId: actor.id, identifierType: row.identifierType, identifierNumber: row.identifierNumber }));
}

/**
 * Saves « Ma fiche ». The postal code must be a real one: it gives the department (with the town, for
 * a code that spans two) and the map point (used by searches and distances), so they are recomputed
 * here, never taken from the client.
 */
export async function updateOwnRecord(actor: Actor, record: ProfessionalRecord): Promise<OwnRecord> {
  // A home postal code: never CEDEX. The town typed decides the department where the code spans two.
  const lookup = lookupPlace(record.postalCode, record.city, { cedex: false });
  if (!lookup.ok) throw new DomainError('Code postal inconnu : vérifiez les 5 chiffres.', 'postalCode');
  const place = lookup.place;
  // A speciality only means something for professions that have them (doctors); a value left over
  // from a previous profession would otherwise show up in establishments' filters. For a doctor it is
  // one of the list's, as at sign-up: the form offers the list, but any text can be posted.
  const speciality = normaliseSpeciality(record.professionCode, record.speciality);
  if (speciality === undefined) throw new DomainError(UNKNOWN_SPECIALITY, 'speciality');

  const row = await prisma.$transaction(async (db) => {
    const id = await ownProfessionalId(actor, db);
    await db.user.update({ where: { id: actor.id }, data: { firstName: record.firstName, lastName: record.lastName } });
    const saved = await db.professional.update({
      where: { id },
      // « Ma fiche » holds the weekday / weekend availability and the mobilisation: saving it counts as a
      // confirmation of availability (docs/decisions/031).
      data: { ...recordColumns({ ...record, speciality }, place), availabilityConfirmedAt: new Date() },
      select: RECORD_SELECT,
    });
    await writeAudit(db, { actorId: actor.id, action: 'professional.update', entityType: 'Professional', entityId: id });
    return saved;
  });
  return toOwnRecord(row, await isRppsVerified({ userId: actor.id, identifierType: row.identifierType, identifierNumber: row.identifierNumber }));
}

/** « RPPS vérifié » (SPEC §5.1, §16): the one rule lives with the RPPS directory (lib/rpps/directory-lookup.ts). */
export function isRppsVerified(volunteer: { userId: string; identifierType: string; identifierNumber: string | null }): Promise<boolean> {
  return isVerified(prisma, volunteer);
}

type RecordRow = Prisma.ProfessionalGetPayload<{ select: typeof RECORD_SELECT }>;

function toOwnRecord(row: RecordRow, rppsVerified: boolean): OwnRecord {
  return {
    email: row.user.email,
    rppsVerified,
    values: {
      lastName: row.user.lastName,
      firstName: row.user.firstName,
      phone: row.phone,
      postalCode: row.postalCode,
      city: row.city,
      // Stored codes come from the same reference lists as the schema's enums.
      regionCode: row.regionCode as RecordFormValues['regionCode'],
      professionCode: row.professionCode as RecordFormValues['professionCode'],
      speciality: row.speciality ?? '',
      activityType: row.activityType,
      identifierType: row.identifierType,
      identifierNumber: row.identifierNumber ?? '',
      employer: row.employer ?? '',
      hasVehicle: row.hasVehicle,
      ehpadExperience: row.ehpadExperience,
      icuExperience: row.icuExperience,
      vaccinationExperience: row.vaccinationExperience,
      availableWeekdays: row.availableWeekdays,
      availableWeekends: row.availableWeekends,
      mobilisation: row.mobilisation,
      comment: row.comment ?? '',
    },
  };
}
