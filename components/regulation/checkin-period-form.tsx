'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { applyFailure } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import {
  CHECKIN_PERIOD_DEFAULT,
  CHECKIN_PERIOD_MAX,
  CHECKIN_PERIOD_MIN,
  checkinPeriodSchema,
  type CheckinPeriodInput,
  type CheckinPeriodOutput,
} from '@/lib/regulation/schemas';
import type { SettingsActions } from '@/components/regulation/action-types';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';
import { Panel } from '@/components/ui/panel';

/**
 * The national period of the availability check-ins (SPEC §5.2: "a period set by the CCS (default 14
 * days)"): after it, a Disponible volunteer who confirmed nothing is asked « Êtes-vous toujours
 * disponible ? ». The same zod schema checks the field here and in the action.
 */
export function CheckinPeriodForm({ days, save: saveAction }: { days: number; save: NonNullable<SettingsActions['saveCheckinPeriod']> }) {
  const { notice, ref, announce } = useNotice();
  const form = useForm<CheckinPeriodInput, unknown, CheckinPeriodOutput>({
    resolver: zodResolver(checkinPeriodSchema),
    mode: 'onTouched',
    defaultValues: { checkinPeriodDays: days },
  });
  const { register, handleSubmit, formState } = form;

  const save = handleSubmit(async (values) => {
    const result = await saveAction(values).catch((): ActionResult<never> => ({ ok: false, formError: GENERIC_ERROR }));
    if (result.ok) {
      announce({ tone: 'success', message: `Période de relance : ${result.data.checkinPeriodDays} jours. Elle s’applique dès le prochain passage de la tâche de relance.` });
      return;
    }
    const message = applyFailure(form, result, { fieldErrorsMessage: 'La période n’a pas été enregistrée : corrigez le champ signalé.', focusFirstError: false });
    announce({ tone: 'error', message: message ?? GENERIC_ERROR });
  });

  return (
    <Panel id="checkin-settings" title="Relance des disponibilités — national">
      <NoticeArea notice={notice} noticeRef={ref} testId="checkin-settings-notice" />
      <form onSubmit={(event) => void save(event)} noValidate className="space-y-4">
        <TextField
          label="Période de relance (jours)*"
          type="number"
          inputMode="numeric"
          min={CHECKIN_PERIOD_MIN}
          max={CHECKIN_PERIOD_MAX}
          required
          id="checkinPeriodDays"
          hint={`Un professionnel « Disponible » qui n’a ni confirmé ni modifié sa disponibilité depuis ce nombre de jours reçoit « Êtes-vous toujours disponible ? » : entre ${CHECKIN_PERIOD_MIN} et ${CHECKIN_PERIOD_MAX} jours (${CHECKIN_PERIOD_DEFAULT} par défaut). Sans réponse, il est relancé après la même période.`}
          error={formState.errors.checkinPeriodDays?.message}
          className="max-w-md"
          {...register('checkinPeriodDays')}
        />
        <Button type="submit" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
          Enregistrer
        </Button>
      </form>
    </Panel>
  );
}
