import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { ROLE_LABELS } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { prisma } from '@/lib/db';
import { fileStoreFromEnv, type FileStore } from '@/lib/storage';
import { toIsoDay } from '@/lib/dates/days';
import { ownProfessionalId } from './owner';
import { isRppsVerified } from './record';

// The volunteer's right of access and to portability (GDPR art. 15 and 20, SPEC §5.2): everything we
// hold about them, in one JSON file, documents included. See docs/decisions/013-volunteer-data-rights.md.

export const EXPORT_FORMAT = 'renfort-rh-crise/donnees-personnelles/v1';

export interface ExportedDocument {
  kind: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: string;
  /** The file itself; null only if its bytes were lost from storage. */
  contentBase64: string | null;
}

export interface OwnDataExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  account: Record<string, unknown>;
  record: Record<string, unknown>;
  availabilityPeriods: { startDate: string; endDate: string | null }[];
  candidacies: Record<string, unknown>[];
  documents: ExportedDocument[];
  /** Who read their documents, by role and date (the audit log of downloads). */
  documentDownloads: { at: string; kind: unknown; byRole: string | null }[];
  /** Emails we sent them (subject and dates; the bodies repeat data already above). */
  emails: { subject: string; createdAt: string; sentAt: string | null }[];
}

export async function exportOwnData(actor: Actor, store: FileStore = fileStoreFromEnv(), now = new Date()): Promise<OwnDataExport> {
  const id = await ownProfessionalId(actor);
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, firstName: true, lastName: true, phone: true, role: true, status: true, createdAt: true, lastLoginAt: true, lastActivityAt: true },
  });
  const professional = await prisma.professional.findUniqueOrThrow({
    where: { id },
    include: {
      profession: { select: { label: true } },
      region: { select: { name: true } },
      periods: { orderBy: { startDate: 'asc' } },
      documents: true,
      candidacies: {
        orderBy: { createdAt: 'asc' },
        include: {
          decidedBy: { select: { email: true } },
          mission: { include: { profession: { select: { label: true } }, establishment: { select: { name: true, city: true, finess: true } } } },
        },
      },
    },
  });
  const downloads = await prisma.auditLog.findMany({
    where: { action: 'document.download', entityType: 'Document', details: { path: ['professionalId'], equals: id } },
    select: { createdAt: true, details: true, actor: { select: { role: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const emails = await prisma.emailOutbox.findMany({
    where: { to: user.email },
    select: { subject: true, createdAt: true, sentAt: true },
    orderBy: { createdAt: 'asc' },
  });

  const { documents, periods, candidacies, profession, region, userId: _userId, ...record } = professional;
  const result: OwnDataExport = {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account: { ...user },
    record: {
      ...record,
      professionLabel: profession.label,
      regionName: region.name,
      rppsVerified: await isRppsVerified({ userId: professional.userId, identifierType: record.identifierType, identifierNumber: record.identifierNumber }),
    },
    availabilityPeriods: periods.map((p) => ({ startDate: toIsoDay(p.startDate), endDate: p.endDate ? toIsoDay(p.endDate) : null })),
    candidacies: candidacies.map((c) => ({
      status: c.status,
      createdAt: c.createdAt,
      proposedAt: c.proposedAt,
      contactedAt: c.contactedAt,
      decidedAt: c.decidedAt,
      validatedByEmail: c.status === 'ASSIGNED' ? (c.decidedBy?.email ?? null) : null,
      mission: {
        startDate: toIsoDay(c.mission.startDate),
        endDate: toIsoDay(c.mission.endDate),
        profession: c.mission.profession.label,
        speciality: c.mission.speciality,
        details: c.mission.details,
        establishment: c.mission.establishment,
      },
    })),
    documents: await Promise.all(documents.map((d) => exportDocument(d, store))),
    documentDownloads: downloads.map((entry) => ({
      at: entry.createdAt.toISOString(),
      kind: (entry.details as { kind?: unknown } | null)?.kind ?? null,
      byRole: entry.actor ? ROLE_LABELS[entry.actor.role] : null,
    })),
    emails: emails.map((e) => ({ subject: e.subject, createdAt: e.createdAt.toISOString(), sentAt: e.sentAt?.toISOString() ?? null })),
  };
  await writeAudit(prisma, { actorId: actor.id, action: 'professional.export', entityType: 'Professional', entityId: id });
  return result;
}

async function exportDocument(
  document: { kind: string; originalName: string; mimeType: string; sizeBytes: number; createdAt: Date; storageKey: string },
  store: FileStore,
): Promise<ExportedDocument> {
  const file = await store.get(document.storageKey);
  return {
    kind: document.kind,
    name: document.originalName,
    mimeType: document.mimeType,
    sizeBytes: document.sizeBytes,
    uploadedAt: document.createdAt.toISOString(),
    contentBase64: file ? Buffer.from(await new Response(file.stream).arrayBuffer()).toString('base64') : null,
  };
}
