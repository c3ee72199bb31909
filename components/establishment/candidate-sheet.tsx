import type { ReactNode } from 'react';
import type { CandidateSheet as Sheet } from '@/lib/candidates/sheet';
import { VOLUNTEER_STATUS_LABELS } from '@/lib/professionals/status';
import { ACTIVITY_TYPE_LABELS } from '@/lib/reference/activity-types';
import { getDepartment } from '@/lib/reference/departments';
import { IDENTIFIER_TYPE_LABELS } from '@/lib/reference/identifier-types';
import { MOBILISATION_LABELS } from '@/lib/reference/mobilisation';
import { formatDay, formatInstant, formatParisShortDay } from '@/lib/dates/format';
import { professionLabel, specialityLabel, yesNo } from './format';

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid gap-1 border-b border-gray-200 py-2 sm:grid-cols-[14rem_1fr]">
      <dt className="font-medium">{label}</dt>
      <dd data-testid={testId} className="[overflow-wrap:anywhere]">
        {children}
      </dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="mb-2 text-lg font-bold">
        {title}
      </h2>
      <dl>{children}</dl>
    </section>
  );
}

function DocumentLink({ document, label, missionId }: { document: Sheet['documents']['IDENTITY']; label: string; missionId: string | null }) {
  if (!document) return <>Aucun document</>;
  // A plain link: the route sends the file as an attachment, checks the same rule and logs the read.
  const via = missionId ? `?mission=${encodeURIComponent(missionId)}` : '';
  return (
    <a href={`/api/documents/${document.id}${via}`} className="text-brand underline" download>
      Télécharger {label}
      <span className="text-sm text-muted"> ({document.originalName})</span>
    </a>
  );
}

function periodText(period: { startDate: Date; endDate: Date | null }): string {
  return period.endDate ? `du ${formatDay(period.startDate)} au ${formatDay(period.endDate)}` : `à partir du ${formatDay(period.startDate)}, sans date de fin`;
}

/** « Affecté jusqu'au 31/12/2026 »; a volunteer reserved for a later mission meanwhile: « Contacté (affecté jusqu'au …) ». */
function statusText(sheet: Pick<Sheet, 'status' | 'assignedUntil'>): string {
  if (!sheet.assignedUntil) return VOLUNTEER_STATUS_LABELS[sheet.status];
  const until = `jusqu’au ${formatDay(sheet.assignedUntil)}`;
  return sheet.status === 'ASSIGNED' ? `Affecté ${until}` : `${VOLUNTEER_STATUS_LABELS[sheet.status]} (affecté ${until})`;
}

/**
 * The candidate sheet of SPEC §6.5, every field in the order of the original screen. `missionId`: the
 * mission a regulator's sheet was let in through (« Proposer »); the document links carry it, for the
 * download route applies the same rule (lib/candidates/access.ts).
 */
export function CandidateSheet({ sheet, missionId = null }: { sheet: Sheet; missionId?: string | null }) {
  const department = getDepartment(sheet.departmentCode);
  return (
    <div className="space-y-4">
      <Section id="sheet-identity" title="Renfort">
        <Item label="Statut" testId="sheet-status">{statusText(sheet)}</Item>
        <Item label="Nom" testId="sheet-lastName">{sheet.lastName}</Item>
        <Item label="Prénom" testId="sheet-firstName">{sheet.firstName}</Item>
        <Item label="Courriel">
          <a href={`mailto:${sheet.email}`} className="text-brand underline">{sheet.email}</a>
        </Item>
        <Item label="Téléphone">
          <a href={`tel:${sheet.phone.replace(/[^\d+]/g, '')}`} className="text-brand underline">{sheet.phone}</a>
        </Item>
        <Item label="CP">{sheet.postalCode}</Item>
        <Item label="Ville">{sheet.city}</Item>
        <Item label="Département">{department ? `${department.name} (${department.code})` : sheet.departmentCode}</Item>
      </Section>
      <Section id="sheet-profession" title="Profession">
        <Item label="Profession">{professionLabel(sheet.professionCode)}</Item>
        <Item label="Spécialité">{specialityLabel(sheet.speciality) ?? 'Non précisée'}</Item>
        <Item label="Type activité">{ACTIVITY_TYPE_LABELS[sheet.activityType]}</Item>
        <Item label="Type identifiant" testId="sheet-identifier">
          {IDENTIFIER_TYPE_LABELS[sheet.identifierType]}
          {sheet.identifierNumber ? ` ${sheet.identifierNumber}` : null}
          {sheet.rppsVerified ? (
            <span className="ml-2 inline-block rounded bg-green-50 px-2 text-sm font-medium text-success">
              <span aria-hidden>✓ </span>RPPS vérifié
            </span>
          ) : null}
        </Item>
        <Item label="Véhicule">{yesNo(sheet.hasVehicle)}</Item>
        <Item label="Expérience en EHPAD">{yesNo(sheet.ehpadExperience)}</Item>
        <Item label="Expérience en réanimation">{yesNo(sheet.icuExperience)}</Item>
        <Item label="Expérience en vaccination">{yesNo(sheet.vaccinationExperience)}</Item>
      </Section>
      <Section id="sheet-availability" title="Disponibilités">
        <Item label="Disponible semaine">{yesNo(sheet.availableWeekdays)}</Item>
        <Item label="Disponible week-end">{yesNo(sheet.availableWeekends)}</Item>
        <Item label="Périodes de disponibilité">
          {sheet.periods.length === 0 ? (
            'Aucune période'
          ) : (
            <ul>
              {sheet.periods.map((period) => (
                <li key={`${period.startDate.toISOString()}-${period.endDate?.toISOString() ?? ''}`}>{periodText(period)}</li>
              ))}
            </ul>
          )}
        </Item>
        <Item label="Dernière confirmation" testId="sheet-confirmed-at">
          Disponibilité confirmée le {formatParisShortDay(sheet.availabilityConfirmedAt)}
        </Item>
        <Item label="Mobilisation">{MOBILISATION_LABELS[sheet.mobilisation]}</Item>
        <Item label="Message">{sheet.comment ?? 'Aucun message'}</Item>
        <Item label="Date d’enregistrement">{formatInstant(sheet.registeredAt)}</Item>
      </Section>
      <Section id="sheet-documents" title="Documents">
        <Item label="Pièce d’identité">
          <DocumentLink document={sheet.documents.IDENTITY} label="la pièce d’identité" missionId={missionId} />
        </Item>
        <Item label="Diplôme">
          <DocumentLink document={sheet.documents.DIPLOMA} label="le diplôme" missionId={missionId} />
        </Item>
      </Section>
    </div>
  );
}
