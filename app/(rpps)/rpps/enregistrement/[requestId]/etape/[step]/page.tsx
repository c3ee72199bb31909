import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { draftDefaults } from '@/components/rpps/draft-defaults';
import { SummarySections } from '@/components/rpps/summary-sections';
import { PageTitle } from '@/components/ui/page-title';
import type { Actor } from '@/lib/access/actor';
import { requireAreaActor } from '@/lib/auth/session';
import { listManagedEstablishments } from '@/lib/rpps/queries';
import { getRegistrationDraft } from '@/lib/rpps/register';
import { countryOptions, FRANCE } from '@/lib/rpps/shared/countries';
import { DEFAULT_PHONE_COUNTRY, phoneCountryOptions } from '@/lib/rpps/shared/phone-codes';
import { describeRegistration } from '@/lib/rpps/summary-view';
import type { CivilStatusInput, ContactInput, LegalInput, SituationInput } from '@/lib/validation/rpps';
import { CivilStatusStep } from '../../../_components/civil-status-step';
import { ContactStep } from '../../../_components/contact-step';
import { LegalStep } from '../../../_components/legal-step';
import { SendPanel } from '../../../_components/send-panel';
import { STEP_TITLES, Stepper } from '../../../_components/stepper';
import { SituationStep } from '../../../_components/situation-step';

export const metadata: Metadata = { title: 'Ajouter un enregistrement' };

/**
 * One step of a saved draft (1–4), or the confirmation (5). A draft of another establishment is 404; a
 * request already sent opens its own page; a step not reached yet sends back to the furthest one.
 */
export default async function RegistrationStepPage({ params }: { params: Promise<{ requestId: string; step: string }> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const { requestId, step: stepParam } = await params;
  const draft = await getRegistrationDraft(actor, requestId);
  const step = Number(stepParam);
  if (!draft || !Number.isInteger(step) || step < 1 || step > 5) notFound();
  if (draft.status !== 'REGISTRATION_IN_PROGRESS') redirect(`/rpps/demandes/${draft.id}`);
  if (step > draft.currentStep) redirect(`/rpps/enregistrement/${draft.id}/etape/${draft.currentStep}`);

  return (
    <div className="space-y-4">
      <PageTitle lead={`Demande n° ${draft.number}`}>Ajouter un enregistrement</PageTitle>
      <Stepper requestId={draft.id} current={step} reached={draft.currentStep} />
      <h2 className="text-xl font-bold">{step <= 4 ? `Étape ${step} sur 4 : ${STEP_TITLES[step - 1]}` : 'Validation'}</h2>
      <StepContent actor={actor} draft={draft} step={step} />
    </div>
  );
}

type Draft = NonNullable<Awaited<ReturnType<typeof getRegistrationDraft>>>;

async function StepContent({ actor, draft, step }: { actor: Actor; draft: Draft; step: number }) {
  const { civilStatus, contact, situation, legal } = draft.values;
  switch (step) {
    case 1:
      return (
        <CivilStatusStep requestId={draft.id} defaults={draftDefaults<CivilStatusInput>({ birthCountry: FRANCE }, civilStatus)} countries={countryOptions()} />
      );
    case 2:
      return (
        <ContactStep
          requestId={draft.id}
          defaults={draftDefaults<ContactInput>({ mobilePhoneCountry: DEFAULT_PHONE_COUNTRY }, contact)}
          phoneCountries={phoneCountryOptions()}
        />
      );
    case 3: {
      const establishments = await listManagedEstablishments(actor);
      // The practice names usually are the usage (or birth) name and the first civil first name.
      const text = (key: string) => (typeof civilStatus[key] === 'string' ? String(civilStatus[key]) : '');
      const base = {
        practiceLastName: text('usageLastName') || text('birthLastName'),
        practiceFirstName: text('firstNames').split(' ')[0] ?? '',
        ...(establishments.length === 1 ? { establishmentId: establishments[0]!.id } : {}),
      };
      return (
        <SituationStep
          requestId={draft.id}
          defaults={draftDefaults<SituationInput>(base, situation)}
          establishments={establishments.map((establishment) => ({ value: establishment.id, label: establishment.label }))}
        />
      );
    }
    case 4:
      return <LegalStep requestId={draft.id} defaults={draftDefaults<LegalInput>({}, legal)} />;
    default:
      return (
        <div className="space-y-6">
          <SendPanel requestId={draft.id} />
          <h2 className="text-xl font-bold">Récapitulatif de l&apos;enregistrement</h2>
          <SummarySections sections={await describeRegistration({ civilStatus, contact, situation })} headingLevel={3} />
        </div>
      );
  }
}
