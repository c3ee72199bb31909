'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CivilStatusFields } from '@/components/rpps/civil-status-fields';
import { ContactFields } from '@/components/rpps/contact-fields';
import { applyFailure, useActionForm } from '@/components/forms/use-action-form';
import { SituationFields } from '@/components/rpps/situation-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import type { SelectOption } from '@/components/ui/select-field';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import { preRegistrationSchema, type PreRegistration, type PreRegistrationInput } from '@/lib/validation/rpps';
import { DRAFT_NEEDS, type PreRegistrationDraftInput, type SendPreRegistrationInput } from '@/lib/validation/rpps-procedures';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 className="text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}

export interface PreRegistrationActions {
  submit: (input: SendPreRegistrationInput) => Promise<ActionResult<{ number: string }>>;
  saveDraft: (input: PreRegistrationDraftInput) => Promise<ActionResult<{ number: string; email: string; created: boolean }>>;
}

/** A draft reopened from its emailed link (« Saisie par le professionnel »). */
export interface ResumedDraft {
  token: string;
  number: string;
  values: DefaultValues<PreRegistrationInput>;
  establishmentLabel: string;
}

type Outcome = { kind: 'sent'; number: string } | { kind: 'saved'; number: string; email: string };

/**
 * One page with the professional's own data (the sections of the manager's wizard, without the role,
 * which the registration authority assigns). The field components read this form through its context:
 * its values hold the fields of each section under the same names. « Enregistrer et terminer plus
 * tard » keeps it as typed — only the email (for the link back) and the establishment are needed.
 */
export function PreRegistrationForm({
  countries,
  phoneCountries,
  actions,
  draft,
}: {
  countries: SelectOption[];
  phoneCountries: SelectOption[];
  actions: PreRegistrationActions;
  draft?: ResumedDraft;
}) {
  const form = useForm<PreRegistrationInput, unknown, PreRegistration>({
    resolver: zodResolver(preRegistrationSchema),
    mode: 'onTouched',
    defaultValues: draft?.values ?? { birthCountry: 'FR', mobilePhoneCountry: 'FR' },
  });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedAgain, setSavedAgain] = useState(false);
  const {
    submit: onSubmit,
    formError,
    setFormError,
  } = useActionForm(form, (values) => actions.submit({ ...values, token: draft?.token }), {
    fieldErrorsMessage: 'Votre demande n’a pas été envoyée : corrigez les champs signalés. Vos saisies sont conservées.',
    onSuccess: ({ number }) => setOutcome({ kind: 'sent', number }),
  });

  // Not through the resolver: a draft may be incomplete. The server checks what a draft needs.
  async function saveDraft() {
    setFormError(null);
    setSavedAgain(false);
    form.clearErrors();
    setSaving(true);
    const result = await actions
      .saveDraft({ ...form.getValues(), token: draft?.token })
      .catch((): Awaited<ReturnType<PreRegistrationActions['saveDraft']>> => ({ ok: false, formError: GENERIC_ERROR }));
    setSaving(false);
    if (!result.ok) setFormError(applyFailure(form, result, { fieldErrorsMessage: DRAFT_NEEDS }));
    else if (result.data.created) setOutcome({ kind: 'saved', number: result.data.number, email: result.data.email });
    else setSavedAgain(true);
  }

  if (outcome?.kind === 'sent') {
    return (
      <Alert tone="success" title={`Votre demande n° ${outcome.number} a bien été envoyée`}>
        <p>
          Elle est en cours d&apos;instruction par un gestionnaire RPPS+ de votre établissement, qui vous rencontrera pour vérifier vos données. Un email de
          confirmation vous a été envoyé ; il contient un lien pour abandonner votre demande si vous ne souhaitez plus y donner suite.
        </p>
      </Alert>
    );
  }
  if (outcome?.kind === 'saved') {
    return (
      <Alert tone="success" title={`Votre demande n° ${outcome.number} est enregistrée`}>
        <p>
          Elle n&apos;est pas encore envoyée. Un email vous a été envoyé à {outcome.email} avec un lien pour la reprendre, la compléter et l&apos;envoyer — ou
          l&apos;abandonner. Le gestionnaire RPPS+ de votre établissement ne l&apos;instruira qu&apos;une fois envoyée.
        </p>
      </Alert>
    );
  }

  const busy = form.formState.isSubmitting || saving;
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
          <SituationFields
            establishments={{ kind: 'remote', url: '/api/rpps/etablissements' }}
            initialEstablishmentLabel={draft?.establishmentLabel}
            withRole={false}
            withEndDate={false}
          />
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
          {form.formState.isSubmitting
            ? 'Envoi de votre demande…'
            : saving
              ? 'Enregistrement de votre demande…'
              : savedAgain
                ? `Votre demande n° ${draft?.number ?? ''} est enregistrée. Elle n'est pas encore envoyée.`
                : ''}
        </p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button type="submit" busy={form.formState.isSubmitting} disabled={busy}>
            Envoyer ma demande
          </Button>
          <Button type="button" variant="secondary" onClick={saveDraft} busy={saving} disabled={busy}>
            Enregistrer et terminer plus tard
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
