'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PracticeNameFields } from '@/components/rpps/practice-name-fields';
import { changePracticeNameSchema, type ChangePracticeNameInput } from '@/lib/validation/rpps';
import { changePracticeNameAction } from '../actions';
import { UpdateForm } from './update-form';

const HINTS = {
  lastName: "Il s'agit du nom sous lequel le professionnel exerce son activité.",
  firstName: "Il s'agit du prénom sous lequel le professionnel exerce son activité.",
};

export function PracticeNameForm({ defaults }: { defaults: ChangePracticeNameInput }) {
  const form = useForm<ChangePracticeNameInput>({ resolver: zodResolver(changePracticeNameSchema), mode: 'onTouched', defaultValues: defaults });
  return (
    <UpdateForm form={form} rppsNumber={defaults.rppsNumber} submit={changePracticeNameAction}>
      <PracticeNameFields hints={HINTS} />
    </UpdateForm>
  );
}
