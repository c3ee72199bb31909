'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ContactFields } from '@/components/rpps/contact-fields';
import type { SelectOption } from '@/components/ui/select-field';
import { changeContactSchema, type ChangeContactInput } from '@/lib/validation/rpps';
import { changeContactAction } from '../actions';
import { UpdateForm } from './update-form';

export function ContactForm({ defaults, phoneCountries }: { defaults: ChangeContactInput; phoneCountries: SelectOption[] }) {
  const form = useForm<ChangeContactInput>({ resolver: zodResolver(changeContactSchema), mode: 'onTouched', defaultValues: defaults });
  return (
    <UpdateForm form={form} rppsNumber={defaults.rppsNumber} submit={changeContactAction}>
      <ContactFields phoneCountries={phoneCountries} />
    </UpdateForm>
  );
}
