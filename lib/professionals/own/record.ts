import 'server-only';
import { keepCertifiedProfession } from '@/lib/federation/psc-professions';
import { isRppsCertifiedByPsc, isRppsVerified as isVerified } from '@/lib/rpps/directory-lookup';
import type { Actor } from '@/lib/access/actor';
import { DomainError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { prisma, type TransactionClient } from '@/lib/db';
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
  /** « RPPS vérifié »: an RPPS number our RPPS directory knows, or that PSC certified (SPEC §5.1, §8, §16). */
  rppsVerified: boolean;
  /**
   * Pro Santé Connect certifies this record's RPPS number for this account (SPEC §16): names, identifier
   * and profession are shown read-only, and « Valider » keeps the saved ones. Absent: nothing certified.
   */
  certifiedByPsc?: boolean;
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
  return toOwnRecord(row, await identifierStatus(actor.id, row));
}

/**
 * Saves « Ma fiche ». The postal code must be a real one: it gives the department (with the town, for
 * a code that spans two) and the map point (used by searches and distances), so they are recomputed
 * here, never taken from the client. What Pro Santé Connect certifies (names, RPPS number, profession)
 * is kept as saved, whatever the browser sent — as the PSC sign-up takes it from the server
 * (lib/federation/sign-up.ts) — so that « RPPS vérifié » never vouches for names PSC did not certify.
 */
export async function updateOwnRecord(actor: Actor, record: ProfessionalRecord): Promise<OwnRecord> {
  // A home postal code: never CEDEX. The town typed decides the department where the code spans two.
  const lookup = lookupPlace(record.postalCode, record.city, { cedex: false });
  if (!lookup.ok) throw new DomainError('Code postal inconnu : vérifiez les 5 chiffres.', 'postalCode');
  const place = lookup.place;

  const row = await prisma.$transaction(async (db) => {
    const id = await ownProfessionalId(actor, db);
    const kept = { ...record, ...(await certifiedValues(db, actor.id, id, record.professionCode)) };
    // A speciality only means something for professions that have them (doctors); a value left over
    // from a previous profession would otherwise show up in establishments' filters. For a doctor it is
    // one of the list's, as at sign-up: the form offers the list, but any text can be posted.
    const speciality = normaliseSpeciality(kept.professionCode, kept.speciality);
    if (speciality === undefined) throw new DomainError(UNKNOWN_SPECIALITY, 'speciality');
    await db.user.update({ where: { id: actor.id }, data: { firstName: kept.firstName, lastName: kept.lastName } });
    const saved = await db.professional.update({
      where: { id },
      // « Ma fiche » holds the weekday / weekend availability and the mobilisation: saving it counts as a
      // confirmation of availability (docs/decisions/031).
      data: { ...recordColumns({ ...kept, speciality }, place), availabilityConfirmedAt: new Date() },
      select: RECORD_SELECT,
    });
    await writeAudit(db, { actorId: actor.id, action: 'professional.update', entityType: 'Professional', entityId: id });
    return saved;
  });
  return toOwnRecord(row, await identifierStatus(actor.id, row));
}

type CertifiedValues = Pick<ProfessionalRecord, 'firstName' | 'lastName' | 'identifierType' | 'identifierNumber' | 'professionCode'>;

/**
 * The saved names, identifier and profession when PSC certifies the saved RPPS number for this account,
 * read in the saving transaction; nothing otherwise (every field is the volunteer's to change, as before).
 */
async function certifiedValues(
  db: TransactionClient,
  userId: string,
  professionalId: string,
  chosenProfession: ProfessionalRecord['professionCode'],
): Promise<CertifiedValues | null> {
  const stored = await db.professional.findUniqueOrThrow({
    where: { id: professionalId },
    select: { identifierType: true, identifierNumber: true, professionCode: true, user: { select: { firstName: true, lastName: true } } },
  });
  // A link with another number certifies nothing here (« Ma fiche » is where that number gets corrected).
  if (!stored.identifierNumber || !(await isRppsCertifiedByPsc(db, { userId, ...stored }))) return null;
  return {
    firstName: stored.user.firstName,
    lastName: stored.user.lastName,
    identifierType: 'RPPS',
    identifierNumber: stored.identifierNumber,
    // Stored codes come from the same reference list as the schema's enum. A nurse may say which nurse
    // (lib/federation/psc-professions.ts); any other change keeps the saved profession.
    professionCode: keepCertifiedProfession(stored.professionCode as ProfessionalRecord['professionCode'], chosenProfession),
  };
}

interface SavedIdentifier {
  identifierType: string;
  identifierNumber: string | null;
}

/** What the form shows about the saved identifier: « RPPS vérifié », and whether PSC is what certifies it. */
async function identifierStatus(userId: string, { identifierType, identifierNumber }: SavedIdentifier): Promise<Pick<OwnRecord, 'rppsVerified' | 'certifiedByPsc'>> {
  const saved = { identifierType, identifierNumber };
  const [rppsVerified, certifiedByPsc] = await Promise.all([isVerified(prisma, { userId, ...saved }), isRppsCertifiedByPsc(prisma, { userId, ...saved })]);
  return { rppsVerified, certifiedByPsc };
}

/** « RPPS vérifié » (SPEC §5.1, §16): the one rule lives with the RPPS directory (lib/rpps/directory-lookup.ts). */
export function isRppsVerified(volunteer: { userId: string; identifierType: string; identifierNumber: string | null }): Promise<boolean> {
  return isVerified(prisma, volunteer);
}

type RecordRow = Prisma.ProfessionalGetPayload<{ select: typeof RECORD_SELECT }>;

function toOwnRecord(row: RecordRow, status: Pick<OwnRecord, 'rppsVerified' | 'certifiedByPsc'>): OwnRecord {
  return {
    email: row.user.email,
    ...status,
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
