'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { RecordFields, recordFormBindings } from '@/components/professional/record-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import type { OwnRecord } from '@/lib/professionals/own/record';
import { professionalRecordSchema, type ProfessionalRecord, type ProfessionalRecordInput } from '@/lib/validation/professional';
import { IdentifierSummary } from './identifier-summary';

export interface RecordFormProps {
  saved: OwnRecord;
  updateRecord: (input: ProfessionalRecordInput) => Promise<ActionResult<OwnRecord>>;
}

/**
 * « Ma fiche » (SPEC §5.2, guide « Modifier sa fiche »): the shared record fields over the saved values.
 * « Valider » saves; « Annuler » drops the edits and shows the saved values again.
 */
export function RecordForm({ saved: initial, updateRecord }: RecordFormProps) {
  const [saved, setSaved] = useState(initial);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<ProfessionalRecordInput, unknown, ProfessionalRecord>({
    resolver: zodResolver(professionalRecordSchema),
    defaultValues: initial.values,
    mode: 'onTouched',
  });
  const { handleSubmit, reset, setError, formState } = form;

  // Valid on the client; the raw values go to the server, which parses them with the same schema.
  async function onSubmit() {
    setFormError(null);
    setNotice(null);
    const result = await updateRecord(form.getValues()).catch(() => null);
    if (result?.ok) {
      setSaved(result.data);
      reset(result.data.values);
      setNotice('Vos modifications sont enregistrées.');
      return;
    }
    // Each server message goes next to its field; everything typed stays in the form.
    const fieldErrors = Object.entries(result?.fieldErrors ?? {});
    fieldErrors.forEach(([field, message], index) => {
      setError(field as FieldPath<ProfessionalRecordInput>, { message }, { shouldFocus: index === 0 });
    });
    setFormError(result?.formError ?? (fieldErrors.length > 0 ? 'Corrigez les champs signalés.' : GENERIC_ERROR));
  }

  function cancel() {
    setFormError(null);
    setNotice(null);
    reset(saved.values);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <IdentifierSummary type={saved.values.identifierType} number={saved.values.identifierNumber} verified={saved.rppsVerified} />
      <RecordFields
        {...recordFormBindings(form)}
        slots={{
          contact: (
            <TextField
              label="Courriel"
              id="email"
              type="email"
              value={saved.email}
              readOnly
              hint="C’est votre identifiant de connexion : il ne peut pas être modifié."
            />
          ),
          availability: (
            <p className="text-sm">
              Vos périodes de disponibilité se gèrent dans{' '}
              <Link href="/professionnel/disponibilites" className="text-brand underline">
                Mes disponibilités
              </Link>
              .
            </p>
          ),
        }}
      />
      <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-gray-200 bg-white p-4 shadow-sm">
        <Button type="submit" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
          Valider
        </Button>
        <Button type="button" variant="secondary" onClick={cancel} disabled={formState.isSubmitting}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
