'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CivilStatusFields } from '@/components/rpps/civil-status-fields';
import { ContactFields } from '@/components/rpps/contact-fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { SituationFields } from '@/components/rpps/situation-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import type { SelectOption } from '@/components/ui/select-field';
import { preRegistrationSchema, type PreRegistration, type PreRegistrationInput } from '@/lib/validation/rpps';
import { submitPreRegistrationAction } from '../actions';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 className="text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}

/**
 * One page with the professional's own data (the sections of the manager's wizard, without the role,
 * which the registration authority assigns). The field components read this form through its context:
 * its values hold the fields of each section under the same names.
 */
export function PreRegistrationForm({ countries, phoneCountries }: { countries: SelectOption[]; phoneCountries: SelectOption[] }) {
  const form = useForm<PreRegistrationInput, unknown, PreRegistration>({
    resolver: zodResolver(preRegistrationSchema),
    mode: 'onTouched',
    defaultValues: { birthCountry: 'FR', mobilePhoneCountry: 'FR' },
  });
  const [sent, setSent] = useState<string | null>(null);
  const { submit: onSubmit, formError } = useActionForm(form, submitPreRegistrationAction, {
    fieldErrorsMessage: 'Votre demande n’a pas été envoyée : corrigez les champs signalés. Vos saisies sont conservées.',
    onSuccess: ({ number }) => setSent(number),
  });

  if (sent) {
    return (
      <Alert tone="success" title={`Votre demande n° ${sent} a bien été envoyée`}>
        <p>
          Elle est en cours d&apos;instruction par un gestionnaire RPPS+ de votre établissement, qui vous rencontrera pour vérifier vos données. Un email de
          confirmation vous a été envoyé ; il contient un lien pour abandonner votre demande si vous ne souhaitez plus y donner suite.
        </p>
      </Alert>
    );
  }

  const submitting = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <p className="text-sm">(*) champs obligatoires</p>
        <Section title="État civil">
          <p className="text-sm">
            Ces données doivent correspondre à celles de votre pièce d&apos;identité. Elles ne pourront pas être modifiées ultérieurement.
          </p>
          <CivilStatusFields countries={countries} />
        </Section>
        <Section title="Données de contact">
          <p className="text-sm">Votre adresse email recevra votre numéro RPPS. Ces données ne sont pas rendues publiques.</p>
          <ContactFields phoneCountries={phoneCountries} />
        </Section>
        <Section title="Situation d'exercice">
          <SituationFields establishments={{ kind: 'remote', url: '/api/rpps/etablissements' }} withRole={false} withEndDate={false} />
        </Section>
        <Section title="Informations légales">
          <p className="text-sm">
            Lire les{' '}
            <Link href="/mentions-legales" className="text-brand underline" target="_blank">
              conditions générales d&apos;utilisation (nouvel onglet)
            </Link>
            .
          </p>
          <CheckboxField
            label="J'accepte les conditions générales d'utilisation*"
            error={form.formState.errors.termsAccepted?.message}
            {...form.register('termsAccepted')}
          />
        </Section>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <p role="status" className="text-sm empty:hidden">
          {submitting ? 'Envoi de votre demande…' : ''}
        </p>
        <Button type="submit" busy={submitting} disabled={submitting}>
          Envoyer ma demande
        </Button>
      </form>
    </FormProvider>
  );
}
