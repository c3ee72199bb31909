'use client';

import { useWatch } from 'react-hook-form';
import { MissionsFieldset } from '@/components/missions/missions-fieldset';
import type { MissionsFormBindings } from '@/components/missions/missions-form-bindings';
import { FormSection } from '@/components/professional/form-section';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { MAX_MISSIONS_PER_REQUEST } from '@/lib/validation/account-request';
import type { AccountRequestFormBindings } from './form-bindings';

/**
 * « Formulaire mission(s) » (SPEC §6.1). The original forced a dummy mission when there was no need;
 * « Je n'ai pas de besoin immédiat » hides the missions instead. What was typed in them stays in the
 * form (the schema ignores it), so unticking the box brings it back.
 */
export function MissionsSection({ form, missions }: { form: AccountRequestFormBindings; missions: MissionsFormBindings }) {
  const noImmediateNeed = useWatch({ control: form.control, name: 'noImmediateNeed' }) ?? false;
  return (
    <FormSection id="missions" title="Vos besoins de renfort">
      <p className="text-sm text-muted">
        Décrivez chaque besoin (période, profession, nombre) : une mission par besoin. Vos missions seront publiées dès la
        validation de votre compte par l&apos;ARS.
      </p>
      <CheckboxField label="Je n'ai pas de besoin immédiat" error={form.errors.noImmediateNeed?.message} {...form.register('noImmediateNeed')} />
      {noImmediateNeed ? (
        <p className="text-sm">Votre compte sera créé sans mission : vous pourrez déposer vos besoins plus tard depuis votre tableau de bord.</p>
      ) : (
        <MissionsFieldset {...missions} maxMissions={MAX_MISSIONS_PER_REQUEST} />
      )}
    </FormSection>
  );
}
