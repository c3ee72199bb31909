'use client';

import { useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ContactFields } from '@/components/rpps/contact-fields';
import type { SelectOption } from '@/components/ui/select-field';
import { contactSchema, type Contact, type ContactInput } from '@/lib/validation/rpps';
import { saveContactAction } from '../actions';
import { WizardStepForm } from './wizard-step-form';

/** Step 2 « Données de contact ». */
export function ContactStep({
  requestId,
  defaults,
  phoneCountries,
}: {
  requestId: string;
  defaults: DefaultValues<ContactInput>;
  phoneCountries: SelectOption[];
}) {
  const form = useForm<ContactInput, unknown, Contact>({ resolver: zodResolver(contactSchema), mode: 'onTouched', defaultValues: defaults });
  return (
    <WizardStepForm
      form={form}
      requestId={requestId}
      next={(values) => saveContactAction({ requestId, intent: 'next', values })}
      back={(values) => saveContactAction({ requestId, intent: 'back', values })}
    >
      <div className="mb-4 space-y-2 text-sm">
        <p>
          Ces deux champs permettent au professionnel de recevoir les informations importantes relatives à son enregistrement — dont son numéro RPPS — ainsi que
          le code d&apos;activation de sa carte de professionnel de santé électronique (e-CPS).
        </p>
        <p>Conformément à la réglementation, ces données ne seront pas rendues publiques.</p>
      </div>
      <ContactFields phoneCountries={phoneCountries} />
    </WizardStepForm>
  );
}
