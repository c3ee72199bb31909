'use client';

import { useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type Path } from 'react-hook-form';
import { SubmitArea } from '@/components/forms/submit-area';
import { SchemaDownloadAlert } from '@/components/forms/schema-download-alert';
import { useDeferredResolver } from '@/components/forms/use-deferred-resolver';
import { ProgressBar } from '@/components/ui/progress-bar';
import { TextField } from '@/components/ui/text-field';
import { PeriodsFieldset } from '@/components/professional/periods-fieldset';
import { RecordFields, recordFormBindings } from '@/components/professional/record-fields';
import { periodsFormBindings } from '@/components/professional/record-form-bindings';
import { certifiedProfessions } from '@/lib/federation/psc-professions';
import type { ActionResult } from '@/lib/actions/result';
import type { SignUpAccepted } from '@/lib/professionals/sign-up/sign-up-transport';
import type { ProfessionalSignUp, ProfessionalSignUpInput } from '@/lib/validation/professional';
import { ConsentsSection } from './consents-section';
import { DocumentsSection } from './documents-section';
import { SignUpConfirmation } from './sign-up-confirmation';
import { submitSignUp } from './submit-sign-up';
import { useSignUpFiles } from './use-sign-up-files';
// What Pro Santé Connect certified, when it opened this sign-up (SPEC §16); a type only, erased from the bundle.
import type { CertifiedSignUpValues } from '@/lib/federation/sign-up';

const DEFAULT_VALUES: DefaultValues<ProfessionalSignUpInput> = {
  lastName: '',
  firstName: '',
  email: '',
  phone: '',
  postalCode: '',
  city: '',
  identifierNumber: '',
  employer: '',
  hasVehicle: false,
  ehpadExperience: false,
  icuExperience: false,
  vaccinationExperience: false,
  availableWeekdays: false,
  availableWeekends: false,
  comment: '',
  periods: [{ startDate: '', endDate: '' }],
};

const FILE_FIELDS = new Set(['identityDocument', 'diploma']);

// The schema and its resolver come with the first interaction (components/forms/use-deferred-resolver.ts):
// out of the page's first script and out of its hydration, where building them was the longest task.
const loadSignUpSchema = () => import('@/lib/validation/professional').then((module) => module.professionalSignUpSchema);

function certifiedDefaults(certified: CertifiedSignUpValues): DefaultValues<ProfessionalSignUpInput> {
  return {
    ...DEFAULT_VALUES,
    firstName: certified.firstName,
    lastName: certified.lastName,
    email: certified.email ?? '',
    identifierType: 'RPPS',
    identifierNumber: certified.rppsNumber,
    ...(certified.professionCode ? { professionCode: certified.professionCode as ProfessionalSignUpInput['professionCode'] } : {}),
    federationToken: certified.federationToken,
  };
}

/**
 * The volunteer sign-up (SPEC §5.1). Validated as typed with the shared schema; « Valider » stays
 * disabled until everything is valid; the values and files go to the route handler with upload
 * progress; a rejection comes back on the right fields with everything typed (files included) kept.
 */
export function SignUpForm({ certified }: { certified?: CertifiedSignUpValues }) {
  const deferredSchema = useDeferredResolver<ProfessionalSignUpInput, unknown, ProfessionalSignUp>(loadSignUpSchema);
  const form = useForm<ProfessionalSignUpInput, unknown, ProfessionalSignUp>({
    resolver: deferredSchema.resolver,
    mode: 'onTouched',
    defaultValues: certified ? certifiedDefaults(certified) : DEFAULT_VALUES,
    // react-hook-form focuses fields in registration order, which is not the page's order (the email
    // comes from a slot); focusFirstInvalid follows the page instead.
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, getValues, setError, formState } = form;
  const uploads = useSignUpFiles();
  const [progress, setProgress] = useState<number | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);

  // Focus moves after React has committed the error messages (an effect), not on the next animation
  // frame, which on a slow machine could come before the fields were marked invalid.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus();
  }, [focusRequest]);

  /** Focuses the first field showing an error, in page order, once the messages are rendered. */
  function focusFirstInvalid() {
    setFocusRequest((count) => count + 1);
  }

  const send = handleSubmit(async () => {
    if (uploads.hasErrors) return focusFirstInvalid();
    setFormError(null);
    setProgress(0);
    // The values as typed, not the parsed ones: the server parses them with the same schema.
    const fields = getValues();
    const result = await submitSignUp({ fields, identityDocument: uploads.files.identityDocument, diploma: uploads.files.diploma }, setProgress);
    setProgress(null);
    if (result.ok) {
      // A Pro Santé Connect step that had lapsed: saved as an ordinary sign-up, and the confirmation says so.
      setNotice(result.data?.notice ?? null);
      setSentTo(fields.email.trim());
      setDialogOpen(true);
      return;
    }
    showServerErrors(result);
  }, focusFirstInvalid);

  // « Valider » is disabled while something is wrong, and a disabled button explains nothing: this shows
  // every message at once and focuses the first field to fix.
  const review = handleSubmit(focusFirstInvalid, focusFirstInvalid);

  function showServerErrors(result: Extract<ActionResult<SignUpAccepted>, { ok: false }>) {
    const entries = Object.entries(result.fieldErrors ?? {});
    uploads.setServerErrors(result.fieldErrors ?? {});
    for (const [field, message] of entries) {
      if (!FILE_FIELDS.has(field)) setError(field as Path<ProfessionalSignUpInput>, { type: 'server', message });
    }
    if (entries.length > 0) focusFirstInvalid();
    setFormError(result.formError ?? (entries.length > 0 ? 'Votre inscription n’a pas été enregistrée : corrigez les champs signalés. Vos saisies sont conservées.' : null));
  }

  if (sentTo !== null) {
    return <SignUpConfirmation email={sentTo} notice={notice} dialogOpen={dialogOpen} onCloseDialog={() => setDialogOpen(false)} />;
  }

  const record = { ...recordFormBindings(form), certified: certified ? { names: true, identifier: true, professions: certifiedProfessions(certified.professionCode) } : undefined };
  // Once every byte is sent the server is still saving: the announcement stops saying « Envoi ».
  const uploaded = progress !== null && progress >= 1;
  return (
    <form ref={formRef} onSubmit={send} {...deferredSchema.startOn} noValidate className="space-y-6" aria-describedby="required-fields-note">
      <p id="required-fields-note" className="text-sm">
        Les champs marqués d&apos;un astérisque (*) sont obligatoires.
      </p>
      <RecordFields
        {...record}
        slots={{
          contact: (
            <TextField
              label="Courriel*"
              type="email"
              autoComplete="email"
              required
              hint="Vérifiez-le bien : il sert à vous connecter et à vous écrire. Une seule inscription par adresse."
              error={formState.errors.email?.message}
              {...register('email')}
            />
          ),
          availability: <PeriodsFieldset {...periodsFormBindings(form)} />,
          documents: <DocumentsSection uploads={uploads} />,
        }}
      />
      <ConsentsSection register={register} errors={formState.errors} />
      <SchemaDownloadAlert unavailable={deferredSchema.unavailable} />
      <SubmitArea
        canSubmit={formState.isValid && !uploads.hasErrors}
        submitting={formState.isSubmitting}
        progress={<ProgressBar id="sign-up-progress" label="Envoi de votre inscription" value={progress} />}
        busyMessage={uploaded ? 'Enregistrement de votre inscription…' : 'Envoi en cours, ne fermez pas cette page…'}
        formError={formError}
        onReview={review}
      />
    </form>
  );
}
