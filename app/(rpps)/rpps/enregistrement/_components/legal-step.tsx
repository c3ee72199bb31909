'use client';

import Link from 'next/link';
import { useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { legalSchema, type LegalInput } from '@/lib/validation/rpps';
import { saveLegalAction } from '../actions';
import { WizardStepForm } from './wizard-step-form';

export const MEETING_LABEL = "Je confirme que j'ai rencontré le professionnel pour recueillir ses données personnelles et professionnelles*";

/** Step 4 « Informations légales »: the terms, and the face-to-face meeting the guide requires. */
export function LegalStep({ requestId, defaults }: { requestId: string; defaults: DefaultValues<LegalInput> }) {
  const form = useForm<LegalInput>({ resolver: zodResolver(legalSchema), mode: 'onTouched', defaultValues: defaults });
  const errors = form.formState.errors;
  return (
    <WizardStepForm
      form={form}
      requestId={requestId}
      next={(values) => saveLegalAction({ requestId, intent: 'next', values })}
      back={(values) => saveLegalAction({ requestId, intent: 'back', values })}
    >
      <div className="space-y-4">
        <p className="text-sm">
          Les données d&apos;état civil et de contact doivent être recueillies lors d&apos;un face à face avec le professionnel, pour s&apos;assurer de leur
          exactitude et se prémunir contre l&apos;usurpation d&apos;identité. Lire les{' '}
          <Link href="/mentions-legales" className="text-brand underline" target="_blank">
            conditions générales d&apos;utilisation (nouvel onglet)
          </Link>
          .
        </p>
        <CheckboxField label="J'accepte les conditions générales d'utilisation*" error={errors.termsAccepted?.message} {...form.register('termsAccepted')} />
        <CheckboxField label={MEETING_LABEL} error={errors.meetingConfirmed?.message} {...form.register('meetingConfirmed')} />
      </div>
    </WizardStepForm>
  );
}
