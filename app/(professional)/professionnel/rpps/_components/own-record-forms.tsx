'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ContactFields } from '@/components/rpps/contact-fields';
import type { SelectOption } from '@/components/ui/select-field';
import { PracticeNameFields } from '@/components/rpps/practice-name-fields';
import { ownContactSchema, practiceNamesSchema, type OwnContactInput, type PracticeNamesInput } from '@/lib/validation/rpps';
import { changeOwnContactAction, changeOwnPracticeNameAction } from '../actions';
import { OwnUpdateForm } from './own-update-form';

/** « Modification d'informations »: the email and mobile that receive the RPPS mail and the e-CPS codes. */
export function OwnContactForm({ defaults, phoneCountries }: { defaults: OwnContactInput; phoneCountries: SelectOption[] }) {
  const form = useForm<OwnContactInput>({ resolver: zodResolver(ownContactSchema), mode: 'onTouched', defaultValues: defaults });
  return (
    <OwnUpdateForm form={form} submit={changeOwnContactAction}>
      <ContactFields phoneCountries={phoneCountries} />
    </OwnUpdateForm>
  );
}

/** « Modification du nom et prénom d'exercice ». */
export function OwnPracticeNameForm({ defaults }: { defaults: PracticeNamesInput }) {
  const form = useForm<PracticeNamesInput>({ resolver: zodResolver(practiceNamesSchema), mode: 'onTouched', defaultValues: defaults });
  return (
    <OwnUpdateForm form={form} submit={changeOwnPracticeNameAction}>
      <PracticeNameFields hints={{ lastName: 'Le nom sous lequel vous exercez.', firstName: 'Le prénom sous lequel vous exercez.' }} />
    </OwnUpdateForm>
  );
}
