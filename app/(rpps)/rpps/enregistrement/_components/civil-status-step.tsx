'use client';

import { useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CivilStatusFields } from '@/components/rpps/civil-status-fields';
import type { SelectOption } from '@/components/ui/select-field';
import { civilStatusSchema, type CivilStatus, type CivilStatusInput } from '@/lib/validation/rpps';
import { saveCivilStatusAction, startRegistrationAction } from '../actions';
import { WizardStepForm } from './wizard-step-form';

/** Step 1 « État civil ». Without a request yet, « Valider » creates it; there is no previous step. */
export function CivilStatusStep({
  requestId,
  defaults,
  countries,
}: {
  requestId: string | null;
  defaults: DefaultValues<CivilStatusInput>;
  countries: SelectOption[];
}) {
  const form = useForm<CivilStatusInput, unknown, CivilStatus>({ resolver: zodResolver(civilStatusSchema), mode: 'onTouched', defaultValues: defaults });
  return (
    <WizardStepForm
      form={form}
      requestId={requestId}
      next={(values) => (requestId ? saveCivilStatusAction({ requestId, intent: 'next', values }) : startRegistrationAction({ values }))}
    >
      <div className="mb-4 space-y-2 text-sm">
        <p className="font-medium">Merci de bien vouloir vérifier l&apos;exactitude des données d&apos;état civil saisies.</p>
        <p>
          Ces données doivent correspondre obligatoirement aux données inscrites sur la pièce d&apos;identité du professionnel (carte d&apos;identité,
          passeport, carte de séjour ou acte de naissance). Ces données ne pourront être modifiées ultérieurement.
        </p>
      </div>
      <CivilStatusFields countries={countries} />
    </WizardStepForm>
  );
}
