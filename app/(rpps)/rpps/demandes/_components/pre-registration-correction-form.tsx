'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { FormProvider, useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ComboboxOption } from '@/components/rpps/combobox';
import { ContactFields } from '@/components/rpps/contact-fields';
import { SituationFields } from '@/components/rpps/situation-fields';
import { FormSection } from '@/components/professional/form-section';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import type { SelectOption } from '@/components/ui/select-field';
import type { ActionResult } from '@/lib/actions/result';
import type { z } from '@/lib/validation/zod';
import { correctPreRegistrationSchema, type CorrectPreRegistrationInput } from '@/lib/validation/rpps-procedures';

type Correction = z.output<typeof correctPreRegistrationSchema>;

/**
 * The manager corrects what the professional typed before deciding (decision 033): contact data and
 * practice data, in the manager's own establishments. The état civil is not a field here — the page
 * shows it read-only — and the server refuses it if sent.
 */
export function PreRegistrationCorrectionForm({
  requestId,
  defaults,
  establishments,
  phoneCountries,
  correct,
}: {
  requestId: string;
  defaults: DefaultValues<CorrectPreRegistrationInput>;
  establishments: ComboboxOption[];
  phoneCountries: SelectOption[];
  correct: (input: CorrectPreRegistrationInput) => Promise<ActionResult<{ requestId: string; fields: string[] }>>;
}) {
  const router = useRouter();
  const form = useForm<CorrectPreRegistrationInput, unknown, Correction>({
    resolver: zodResolver(correctPreRegistrationSchema),
    mode: 'onTouched',
    defaultValues: { ...defaults, requestId },
  });
  const { submit, formError } = useActionForm(form, correct, {
    fieldErrorsMessage: 'Les corrections n’ont pas été enregistrées : corrigez les champs signalés. Vos saisies sont conservées.',
    onSuccess: () => router.push(`/rpps/demandes/${requestId}?corrigee=1`),
  });
  const busy = form.formState.isSubmitting || form.formState.isSubmitSuccessful;
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="space-y-6">
        <p className="text-sm">(*) champs obligatoires</p>
        <FormSection id="correction-contact" title="Données de contact">
          <p className="text-sm">L&apos;adresse email recevra le numéro RPPS ; le téléphone mobile servira à activer la e-CPS.</p>
          <ContactFields phoneCountries={phoneCountries} />
        </FormSection>
        <FormSection id="correction-practice" title="Situation d'exercice">
          <SituationFields establishments={{ kind: 'list', options: establishments }} withRole={false} withEndDate={false} />
        </FormSection>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button type="submit" busy={busy} disabled={busy}>
            Enregistrer les corrections
          </Button>
          <Link href={`/rpps/demandes/${requestId}`} className={buttonClasses('secondary')}>
            Revenir à la demande
          </Link>
        </div>
      </form>
    </FormProvider>
  );
}
