'use client';

import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ContactFields } from '@/components/rpps/contact-fields';
import type { SelectOption } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/actions/result';
import type { UpdateOutcome } from '@/lib/rpps/updates';
import { CANCELLATION_REASON_MAX, cancelSituationSchema, type CancelSituation, type CancelSituationInput } from '@/lib/validation/rpps-procedures';
import { UpdateForm } from './update-form';

export interface CancelledSituationFacts {
  practiceLastName: string;
  practiceFirstName: string;
  establishment: string;
  profession: string;
  role: string;
  startDate: string;
  endDate: string;
}

const FACTS: [keyof CancelledSituationFacts, string][] = [
  ['practiceLastName', "Nom d'exercice"],
  ['practiceFirstName', "Prénom d'exercice"],
  ['establishment', 'Établissement'],
  ['profession', 'Profession'],
  ['role', 'Rôle'],
  ['startDate', 'Date de prise de fonction'],
  ['endDate', 'Date de fin de fonction'],
];

/**
 * The request, not the record: cancelling a situation can take the person out of the manager's records
 * (the only situation they had there), and the request shows what was cancelled either way.
 */
const toRequest = ({ requestId }: UpdateOutcome) => `/rpps/demandes/${requestId}`;

/**
 * « Annulation de situation d'exercice et modifications d'informations » (decision 033): the situation is
 * shown read-only, as on the closing screen; the manager gives the reason, and may change the contact
 * data in the same request (they are sent as they are, changed only if they differ).
 */
export function CancelSituationForm({
  defaults,
  facts,
  phoneCountries,
  cancel,
}: {
  defaults: CancelSituationInput;
  facts: CancelledSituationFacts;
  phoneCountries: SelectOption[];
  cancel: (input: CancelSituation) => Promise<ActionResult<UpdateOutcome>>;
}) {
  const form = useForm<CancelSituationInput, unknown, CancelSituation>({
    resolver: zodResolver(cancelSituationSchema),
    mode: 'onTouched',
    defaultValues: defaults,
  });
  const reasonLength = useWatch({ control: form.control, name: 'reason' })?.length ?? 0;
  return (
    <UpdateForm form={form} rppsNumber={defaults.rppsNumber} submit={cancel} destination={toRequest}>
      <div className="space-y-6">
        <div className="grid gap-4 sm:grid-cols-2">
          {FACTS.map(([key, label]) => (
            <TextField key={key} id={`cancelled-${key}`} label={label} value={facts[key]} readOnly className={key === 'establishment' ? 'sm:col-span-2' : ''} />
          ))}
        </div>
        <TextareaField
          label="Motif de l'annulation*"
          hint="Par exemple : situation saisie par erreur, mauvais établissement, doublon."
          required
          maxLength={CANCELLATION_REASON_MAX}
          counter={{ length: reasonLength, max: CANCELLATION_REASON_MAX }}
          error={form.formState.errors.reason?.message}
          {...form.register('reason')}
        />
        <fieldset className="space-y-3">
          <legend className="font-bold">Données de contact</legend>
          <p className="text-sm">Modifiez-les si elles ont changé : elles le seront dans la même demande.</p>
          <ContactFields phoneCountries={phoneCountries} />
        </fieldset>
      </div>
    </UpdateForm>
  );
}
