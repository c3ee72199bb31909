import 'server-only';
import type { TransactionClient } from '@/lib/db';
import { writeAudit } from '@/lib/audit';
import type { CertifiedIdentity } from '@/lib/federation/claims';
import { keepCertifiedProfession } from '@/lib/federation/psc-professions';
import { heldRppsNumber } from '@/lib/rpps/directory-lookup';
import { normaliseSpeciality } from '@/lib/reference/speciality';

// What Pro Santé Connect certifies, written onto the volunteer's record at each PSC sign-in and link
// (SPEC §16, docs/decisions/038, update of 2026-12-08). « Ma fiche » keeps names and profession read-only
// while PSC certifies the record's RPPS number (lib/professionals/own/record.ts); an account linked by its
// number or by its password still held the names and profession typed before the link, so the lock kept
// values nobody certified. The pre-filled sign-up needs none of this: it already takes PSC's values.

type CertifiedField = 'firstName' | 'lastName' | 'identifierNumber' | 'professionCode';

/**
 * In the sign-in's (or the link's) transaction: the volunteer's names and profession become PSC's when
 * the record holds the RPPS number PSC certifies, or no RPPS number at all (an ADELI number or none: the
 * record then takes the certified one). A certified nurse keeps the nurse profession she chose (IADE…).
 * Returns the fields that changed (none: nothing written, nothing audited).
 */
export async function applyCertifiedValues(db: TransactionClient, userId: string, identity: CertifiedIdentity): Promise<CertifiedField[]> {
  if (identity.provider !== 'PRO_SANTE_CONNECT' || !identity.rppsNumber) return [];
  const account = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { role: true, firstName: true, lastName: true, professional: { select: { id: true, identifierType: true, identifierNumber: true, professionCode: true, speciality: true } } },
  });
  const record = account.professional;
  if (account.role !== 'PROFESSIONAL' || !record) return [];
  // Another RPPS number on the record certifies nothing there: « Ma fiche » is where the volunteer corrects it.
  const heldNumber = heldRppsNumber(record);
  if (heldNumber && heldNumber !== identity.rppsNumber) return [];

  const names = { firstName: identity.firstName, lastName: identity.lastName };
  const professionCode = identity.professionCode ? keepCertifiedProfession(identity.professionCode, record.professionCode) : record.professionCode;
  const changed: CertifiedField[] = [];
  if (names.firstName !== account.firstName) changed.push('firstName');
  if (names.lastName !== account.lastName) changed.push('lastName');
  if (!heldNumber) changed.push('identifierNumber');
  if (professionCode !== record.professionCode) changed.push('professionCode');
  if (changed.length === 0) return [];

  await db.user.update({ where: { id: userId }, data: names });
  // A speciality the certified profession does not have is dropped, as « Ma fiche » drops it.
  const speciality = professionCode === record.professionCode ? record.speciality : (normaliseSpeciality(professionCode, record.speciality) ?? null);
  await db.professional.update({ where: { id: record.id }, data: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber, professionCode, speciality } });
  // The field names only: the values are personal data, and the record shows the new ones.
  await writeAudit(db, { actorId: userId, action: 'professional.certified-update', entityType: 'Professional', entityId: record.id, details: { fields: changed } });
  return changed;
}
