'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { RecordFields, recordFormBindings } from '@/components/professional/record-fields';
import type { CertifiedFields } from '@/components/professional/record-form-bindings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { SchemaDownloadAlert } from '@/components/forms/schema-download-alert';
import { useDeferredResolver } from '@/components/forms/use-deferred-resolver';
import type { ActionResult } from '@/lib/actions/result';
import type { OwnRecord } from '@/lib/professionals/own/record';
import { certifiedProfessions } from '@/lib/federation/psc-professions';
import type { ProfessionalRecord, ProfessionalRecordInput } from '@/lib/validation/professional';
import { IdentifierSummary } from './identifier-summary';

export interface RecordFormProps {
  saved: OwnRecord;
  updateRecord: (input: ProfessionalRecordInput) => Promise<ActionResult<OwnRecord>>;
}

// The schema comes with the first interaction, as on the sign-up form (docs/decisions/041): the saved
// record needs no validation until the volunteer changes something.
const loadRecordSchema = () => import('@/lib/validation/professional').then((module) => module.professionalRecordSchema);

/** Said above the form when Pro Santé Connect certifies the record (SPEC §16). */
export const CERTIFIED_RECORD_NOTICE = 'Certifié par Pro Santé Connect : vos nom, prénom, numéro RPPS et profession ne se modifient pas ici.';
/** Added for a nurse: PSC certifies « infirmier », the specialisation is theirs to give (psc-professions.ts). */
export const CERTIFIED_NURSE_NOTICE = 'Infirmier ou infirmière : vous pouvez préciser votre spécialisation (IADE, IBODE, puériculture, IPA).';

/**
 * What PSC certifies, read-only as on the sign-up it pre-fills (SPEC §16): the server keeps the saved
 * values of those fields whatever is sent (lib/professionals/own/record.ts), the form only says so.
 */
function certifiedFields(saved: OwnRecord): CertifiedFields | undefined {
  if (!saved.certifiedByPsc) return undefined;
  return { names: true, identifier: true, professions: certifiedProfessions(saved.values.professionCode) };
}

/**
 * « Ma fiche » (SPEC §5.2, guide « Modifier sa fiche »): the shared record fields over the saved values.
 * « Valider » saves; « Annuler » drops the edits and shows the saved values again.
 */
export function RecordForm({ saved: initial, updateRecord }: RecordFormProps) {
  const [saved, setSaved] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const deferredSchema = useDeferredResolver<ProfessionalRecordInput, unknown, ProfessionalRecord>(loadRecordSchema);
  const form = useForm<ProfessionalRecordInput, unknown, ProfessionalRecord>({
    resolver: deferredSchema.resolver,
    defaultValues: initial.values,
    mode: 'onTouched',
  });
  const { reset } = form;
  // Valid on the client; the raw values go to the server, which parses them with the same schema.
  const send = (_checked: ProfessionalRecord, typed: ProfessionalRecordInput) => {
    setNotice(null);
    return updateRecord(typed);
  };
  const { submit, formError, setFormError, pending } = useActionForm(form, send, {
    fieldErrorsMessage: 'Corrigez les champs signalés.',
    onSuccess: (record) => {
      setSaved(record);
      reset(record.values);
      setNotice('Vos modifications sont enregistrées.');
    },
  });

  function cancel() {
    setFormError(null);
    setNotice(null);
    reset(saved.values);
  }

  return (
    <form onSubmit={(event) => void submit(event)} {...deferredSchema.startOn} noValidate className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {saved.certifiedByPsc ? (
        <Alert tone="info">
          {CERTIFIED_RECORD_NOTICE}
          {certifiedProfessions(saved.values.professionCode).length > 1 ? ` ${CERTIFIED_NURSE_NOTICE}` : null}
        </Alert>
      ) : null}
      <IdentifierSummary type={saved.values.identifierType} number={saved.values.identifierNumber} verified={saved.rppsVerified} />
      <RecordFields
        {...recordFormBindings(form)}
        certified={certifiedFields(saved)}
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
        <div className="basis-full empty:hidden">
          <SchemaDownloadAlert unavailable={deferredSchema.unavailable} />
        </div>
        <Button type="submit" busy={pending} disabled={pending}>
          Valider
        </Button>
        <Button type="button" variant="secondary" onClick={cancel} disabled={pending}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
