'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { MissionsFieldset } from '@/components/missions/missions-fieldset';
import { emptyMission, missionsFormBindings } from '@/components/missions/missions-form-bindings';
import { FormSection } from '@/components/professional/form-section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/actions/result';
import { newNeedSchema, type NewNeedInput } from '@/lib/validation/mission';
import type { z } from 'zod';
import { EstablishmentDetails, RequesterSection, type NewNeedEstablishmentInfo, type NewNeedRequester } from './new-need-read-only';

export type SubmitNewNeed = (input: NewNeedInput) => Promise<ActionResult<{ count: number }>>;
type NewNeedOutput = z.output<typeof newNeedSchema>;

interface NewNeedFormProps {
  requester: NewNeedRequester;
  /** The account's establishments; a choice is offered when there are several. */
  establishments: NewNeedEstablishmentInfo[];
  submit: SubmitNewNeed;
}

function defaultValues(establishmentId: string): NewNeedInput {
  return { establishmentId, missions: [emptyMission()] };
}

/**
 * « Nouveau besoin » (SPEC §6.3): the requester and the establishment pre-filled and read-only, then one or
 * more missions (the fields shared with the account request). « Valider » stays disabled until every
 * mission is valid; a refusal from the server comes back next to its field, with everything typed kept.
 * Saved, it goes back to the dashboard, which says how many missions were added.
 */
export function NewNeedForm({ requester, establishments, submit }: NewNeedFormProps) {
  const router = useRouter();
  const form = useForm<NewNeedInput, unknown, NewNeedOutput>({
    resolver: zodResolver(newNeedSchema),
    mode: 'onTouched',
    defaultValues: defaultValues(establishments[0]?.id ?? ''),
  });
  const { register, control, handleSubmit, reset, formState } = form;
  const [saved, setSaved] = useState(false);
  const establishmentId = useWatch({ control, name: 'establishmentId' });
  const establishment = establishments.find((e) => e.id === establishmentId) ?? establishments[0];

  // The values as typed: the action parses them with the same schema.
  const { submit: send, formError, setFormError } = useActionForm(form, (_checked, typed) => submit(typed), {
    fieldErrorsMessage: 'Vos missions n’ont pas été enregistrées : corrigez les champs signalés. Vos saisies sont conservées.',
    onSuccess: ({ count }) => {
      setSaved(true);
      router.push(`/etablissement?nouveau=${count}`);
    },
  });
  // A disabled button explains nothing: this shows every message at once and focuses the first field.
  const review = handleSubmit(() => undefined);

  const missionBindings = missionsFormBindings(form);
  const busy = formState.isSubmitting || saved;
  const canSubmit = formState.isValid;
  return (
    <form onSubmit={send} noValidate className="space-y-6" aria-describedby="required-fields-note">
      <p id="required-fields-note" className="text-sm">
        Les champs marqués d&apos;un astérisque (*) sont obligatoires. Les informations du demandeur et de l&apos;établissement
        viennent de votre compte et ne se modifient pas ici.
      </p>
      <RequesterSection requester={requester} />
      <FormSection id="establishment" title="Établissement">
        {establishments.length > 1 ? (
          <SelectField
            label="Établissement concerné*"
            required
            id="establishmentId"
            options={establishments.map((e) => ({ value: e.id, label: e.name }))}
            error={formState.errors.establishmentId?.message}
            {...register('establishmentId')}
          />
        ) : null}
        {establishment ? <EstablishmentDetails establishment={establishment} /> : null}
      </FormSection>
      <FormSection id="missions" title="Formulaire mission(s)">
        <p className="text-sm text-muted">Une mission par besoin : autre période, autre profession ou autres critères.</p>
        <MissionsFieldset {...missionBindings} />
      </FormSection>
      <div className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        {formError && !busy ? <Alert tone="error">{formError}</Alert> : null}
        <p role="status" className="text-sm empty:hidden">
          {busy ? 'Enregistrement de vos missions…' : ''}
        </p>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <Button type="submit" disabled={!canSubmit || busy} busy={busy} aria-describedby={canSubmit ? undefined : 'submit-hint'} className="w-full sm:w-auto">
            Valider
          </Button>
          <Button type="button" variant="secondary" onClick={() => { setFormError(null); reset(defaultValues(establishment?.id ?? '')); }} disabled={busy} className="w-full sm:w-auto">
            Annuler
          </Button>
          {!canSubmit && !busy ? (
            <Button type="button" variant="secondary" onClick={review} className="w-full sm:w-auto">
              Voir les champs à compléter
            </Button>
          ) : null}
          <Link href="/etablissement" className="text-brand underline sm:ml-auto">
            Retour au tableau de bord
          </Link>
        </div>
        {!canSubmit && !busy ? (
          <p id="submit-hint" className="text-sm text-muted">
            Le bouton « Valider » s&apos;active quand tous les champs obligatoires (*) de chaque mission sont correctement remplis.
          </p>
        ) : null}
      </div>
    </form>
  );
}
