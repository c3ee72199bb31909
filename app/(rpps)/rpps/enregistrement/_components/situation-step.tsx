'use client';

import { useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ComboboxOption } from '@/components/rpps/combobox';
import { SituationFields } from '@/components/rpps/situation-fields';
import { situationSchema, type Situation, type SituationInput } from '@/lib/validation/rpps';
import { saveSituationAction } from '../actions';
import { WizardStepForm } from './wizard-step-form';

/** Step 3 « Situation d'exercice »: the establishment is one of the manager's own. */
export function SituationStep({
  requestId,
  defaults,
  establishments,
}: {
  requestId: string;
  defaults: DefaultValues<SituationInput>;
  establishments: ComboboxOption[];
}) {
  const form = useForm<SituationInput, unknown, Situation>({ resolver: zodResolver(situationSchema), mode: 'onTouched', defaultValues: defaults });
  return (
    <WizardStepForm
      form={form}
      requestId={requestId}
      next={(values) => saveSituationAction({ requestId, intent: 'next', values })}
      back={(values) => saveSituationAction({ requestId, intent: 'back', values })}
    >
      <p className="mb-4 text-sm">Les données renseignées ici seront reprises et publiées dans l&apos;Annuaire Santé.</p>
      <SituationFields establishments={{ kind: 'list', options: establishments }} />
    </WizardStepForm>
  );
}
