'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { applyFailure } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import { RESERVATION_DELAY_MAX, RESERVATION_DELAY_MIN, reservationDelaySchema, type ReservationDelayInput, type ReservationDelayOutput } from '@/lib/regulation/schemas';
import type { RegionCode } from '@/lib/reference/regions';
import type { SettingsActions } from '@/components/regulation/action-types';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';
import { Panel } from '@/components/ui/panel';

/**
 * The region's reservation delay (SPEC §6.4: "a delay set by the ARS (default 72 h)"): how long an
 * establishment may keep a volunteer « Contacté » before the reservation is released automatically.
 * The same zod schema checks the field here and in the action.
 */
export function ReservationDelayForm({ regionCode, regionName, hours, actions }: { regionCode: RegionCode; regionName: string; hours: number; actions: SettingsActions }) {
  const { notice, ref, announce } = useNotice();
  const form = useForm<ReservationDelayInput, unknown, ReservationDelayOutput>({
    resolver: zodResolver(reservationDelaySchema),
    mode: 'onTouched',
    defaultValues: { regionCode, reservationDelayHours: hours },
  });
  const { register, handleSubmit, formState } = form;

  const save = handleSubmit(async (values) => {
    const result = await actions.saveReservationDelay(values).catch((): ActionResult<never> => ({ ok: false, formError: GENERIC_ERROR }));
    if (result.ok) {
      announce({ tone: 'success', message: `Délai de réservation de la région ${regionName} : ${result.data.reservationDelayHours} heures. Il s’applique aux réservations en cours dès le prochain passage de la tâche d’expiration.` });
      return;
    }
    // The outcome is announced above the form, not in an alert of its own: the hook's mapping only.
    const message = applyFailure(form, result, { fieldErrorsMessage: 'Le délai n’a pas été enregistré : corrigez le champ signalé.', focusFirstError: false });
    announce({ tone: 'error', message: message ?? GENERIC_ERROR });
  });

  return (
    <Panel id="settings" title={`Paramètres — ${regionName}`}>
      <NoticeArea notice={notice} noticeRef={ref} testId="settings-notice" />
      <form onSubmit={(event) => void save(event)} noValidate className="space-y-4">
        <input type="hidden" {...register('regionCode')} />
        <TextField
          label="Délai de réservation (heures)*"
          type="number"
          inputMode="numeric"
          min={RESERVATION_DELAY_MIN}
          max={RESERVATION_DELAY_MAX}
          required
          id="reservationDelayHours"
          hint={`Durée pendant laquelle un établissement peut garder un renfort « Contacté » sans le valider ni le refuser : entre ${RESERVATION_DELAY_MIN} et ${RESERVATION_DELAY_MAX} heures (72 par défaut). L’établissement est prévenu 24 heures avant la libération.`}
          error={formState.errors.reservationDelayHours?.message}
          className="max-w-md"
          {...register('reservationDelayHours')}
        />
        <Button type="submit" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
          Enregistrer
        </Button>
      </form>
    </Panel>
  );
}
