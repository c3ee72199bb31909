import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { DomainError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { establishmentScope, rppsRequestScope } from '@/lib/access/scope';
import {
  COMMUNE_FROM_LIST,
  civilStatusSchema,
  contactSchema,
  legalSchema,
  situationSchema,
  type CivilStatus,
  type DraftValues,
  type WizardStep,
} from '@/lib/validation/rpps';
import { normaliseBirthCommune } from './birth-commune';
import { asDraftValues, CONFIRMATION_STEP, lockDraft, STEP_KEYS, STEP_SCHEMAS } from './draft';
import { findSameIdentity } from './identity';
import { RPPS_MESSAGES } from './messages';
import { readRequestData, summarise, toJson } from './request-data';
import { nextRequestNumber } from './request-number';
import { isRppsManager, managesEstablishment, requireRppsManager } from '@/lib/access/checks';
import { isUuid } from '@/lib/identifiers/uuid';
import { assertTransition } from './status-machine';
import { moveRequest } from './transition';

// « Ajouter un enregistrement » (SPEC §8, guide §3): four steps, each saved, so a manager can leave and
// come back; then « Envoyer » hands the request to the directory (send.ts).

/** The civil status with the official name of the commune chosen from the list (never the browser's). */
function checkedCivilStatus(civil: CivilStatus): CivilStatus {
  const commune = normaliseBirthCommune(civil);
  if (!commune) throw new DomainError(COMMUNE_FROM_LIST, 'birthCommuneName');
  return { ...civil, birthCommuneName: commune.name, birthCommuneCode: commune.code ?? '' };
}

/** Step 1 of a new registration: « Valider » creates the draft and its request number. */
export async function startRegistration(actor: Actor | null, civil: CivilStatus): Promise<{ requestId: string; number: string }> {
  const manager = requireRppsManager(actor);
  // The request needs an establishment from the start; step 3 replaces it with the one chosen.
  const establishment = await prisma.establishment.findFirst({
    where: establishmentScope(manager),
    orderBy: { name: 'asc' },
    select: { id: true },
  });
  if (!establishment) throw new DomainError(RPPS_MESSAGES.noEstablishment);
  const civilStatus = asDraftValues(checkedCivilStatus(civil));
  assertTransition('INITIAL_REGISTRATION', null, 'REGISTRATION_IN_PROGRESS');
  return prisma.$transaction(async (tx) => {
    const number = await nextRequestNumber(tx);
    const data = { origin: 'MANAGER' as const, civilStatus };
    const request = await tx.rppsRequest.create({
      data: {
        number,
        procedure: 'INITIAL_REGISTRATION',
        status: 'REGISTRATION_IN_PROGRESS',
        establishmentId: establishment.id,
        createdById: manager.id,
        currentStep: 2,
        data: toJson({ ...data, summary: summarise(data) }),
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: manager.id, action: 'rpps.registration-started', entityType: 'RppsRequest', entityId: request.id });
    return { requestId: request.id, number };
  });
}

export interface StepSave {
  requestId: string;
  step: WizardStep;
  /** « Valider » (checked, moves on) or « Sauvegarder et revenir à l'étape précédente » (kept as typed). */
  intent: 'next' | 'back';
  values: DraftValues | Record<string, unknown>;
}

/** Saves one step of a draft and tells which step to show next. */
export async function saveRegistrationStep(actor: Actor | null, save: StepSave): Promise<{ requestId: string; step: number }> {
  const manager = requireRppsManager(actor);
  return prisma.$transaction(async (tx) => {
    // The draft first: someone else's answers « not found » whatever the values say.
    const draft = await lockDraft(tx, manager, save.requestId);
    if (save.step > draft.currentStep) throw new DomainError(RPPS_MESSAGES.stepNotReached);
    let values = asDraftValues(save.values, save.step);
    if (save.intent === 'next' && save.step === 1) values = asDraftValues(checkedCivilStatus(civilStatusSchema.parse(save.values)));
    if (save.intent === 'next' && save.step === 3 && !managesEstablishment(manager, String(values.establishmentId))) {
      throw new DomainError(RPPS_MESSAGES.establishmentOutOfScope, 'establishmentId');
    }
    const data = { ...draft.data, [STEP_KEYS[save.step]]: values };
    // A step kept as typed but not valid any more must be validated again before sending.
    const stepValid = save.intent === 'next' || STEP_SCHEMAS[save.step].safeParse(values).success;
    const currentStep =
      save.intent === 'next' ? Math.max(draft.currentStep, save.step + 1) : stepValid ? draft.currentStep : Math.min(draft.currentStep, save.step);
    await tx.rppsRequest.update({
      where: { id: draft.id },
      data: {
        data: toJson({ ...data, summary: summarise(data) }),
        currentStep,
        ...(save.intent === 'next' && save.step === 3 ? { establishmentId: String(values.establishmentId) } : {}),
        ...(save.step === 4 ? { meetingConfirmed: save.intent === 'next' } : {}),
      },
    });
    return { requestId: draft.id, step: save.intent === 'next' ? save.step + 1 : Math.max(1, save.step - 1) };
  });
}

/** « Annuler la demande »: a draft never sent is deleted (its number is not reused: the sequence moves on). */
export async function cancelRegistration(actor: Actor | null, requestId: string): Promise<void> {
  const manager = requireRppsManager(actor);
  await prisma.$transaction(async (tx) => {
    const draft = await lockDraft(tx, manager, requestId);
    await tx.rppsRequest.delete({ where: { id: draft.id } });
    await writeAudit(tx, {
      actorId: manager.id,
      action: 'rpps.registration-cancelled',
      entityType: 'RppsRequest',
      entityId: draft.id,
      details: { number: draft.number },
    });
  });
}

/** « Envoyer la demande au RPPS »: every step is checked again, then the request is « Envoyée au RPPS ». */
export async function submitRegistration(actor: Actor | null, requestId: string): Promise<{ requestId: string; number: string; status: 'SENT_TO_RPPS' }> {
  const manager = requireRppsManager(actor);
  return prisma.$transaction(async (tx) => {
    const draft = await lockDraft(tx, manager, requestId);
    const civil = civilStatusSchema.safeParse(draft.data.civilStatus ?? {});
    const complete =
      civil.success &&
      contactSchema.safeParse(draft.data.contact ?? {}).success &&
      situationSchema.safeParse(draft.data.situation ?? {}).success &&
      legalSchema.safeParse(draft.data.legal ?? {}).success;
    if (!complete || draft.currentStep < CONFIRMATION_STEP) throw new DomainError(RPPS_MESSAGES.incomplete);
    if (await findSameIdentity(tx, civil.data)) throw new DomainError(RPPS_MESSAGES.sameIdentity);
    await moveRequest(tx, {
      id: draft.id,
      procedure: 'INITIAL_REGISTRATION',
      from: 'REGISTRATION_IN_PROGRESS',
      to: 'SENT_TO_RPPS',
      set: { submittedAt: new Date(), meetingConfirmed: true, data: toJson({ ...draft.data, summary: summarise(draft.data) }) },
    });
    await writeAudit(tx, { actorId: manager.id, action: 'rpps.registration-sent', entityType: 'RppsRequest', entityId: draft.id });
    return { requestId: draft.id, number: draft.number, status: 'SENT_TO_RPPS' as const };
  });
}

export interface RegistrationDraftView {
  id: string;
  number: string;
  status: string;
  currentStep: number;
  values: Record<(typeof STEP_KEYS)[WizardStep], DraftValues>;
}

/** For the wizard's pages: the draft of the actor's establishments, or null (→ 404). */
export async function getRegistrationDraft(actor: Actor | null, requestId: string): Promise<RegistrationDraftView | null> {
  if (!isRppsManager(actor) || !isUuid(requestId)) return null;
  const row = await prisma.rppsRequest.findFirst({
    where: { AND: [{ id: requestId, procedure: 'INITIAL_REGISTRATION' }, rppsRequestScope(actor)] },
    select: { id: true, number: true, status: true, currentStep: true, data: true, createdById: true },
  });
  if (!row) return null;
  const data = readRequestData(row.data);
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    currentStep: row.currentStep,
    values: { civilStatus: data.civilStatus ?? {}, contact: data.contact ?? {}, situation: data.situation ?? {}, legal: data.legal ?? {} },
  };
}
