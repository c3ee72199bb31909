'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useActionForm } from '@/components/forms/use-action-form';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { notificationsSchema, type NotificationsInput } from '@/lib/my-account/schemas';
import type { NotificationPreference } from '@/lib/my-account/profile';
import type { AccountPageActions } from './action-types';

const LABELS: Record<NotificationPreference['kind'], string> = {
  'account-requests': 'Recevoir par email, au plus une fois par heure, les nouvelles demandes de compte de ma région',
  'ccs-alerts': 'Recevoir un email quand une ARS lance une « Alerte CCS »',
};

export function NotificationsForm({ preference, updateNotifications }: { preference: NotificationPreference; updateNotifications: NonNullable<AccountPageActions['updateNotifications']> }) {
  const { notice, ref, announce } = useNotice();
  const form = useForm<NotificationsInput>({ resolver: zodResolver(notificationsSchema), defaultValues: { enabled: preference.enabled } });
  const { submit, formError, pending } = useActionForm(form, (values) => updateNotifications(values), {
    onSuccess: ({ enabled }) => {
      form.reset({ enabled });
      announce({ tone: 'success', message: enabled ? 'Notification activée.' : 'Notification désactivée.' });
    },
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      <NoticeArea notice={notice} noticeRef={ref} testId="notifications-notice" />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <CheckboxField label={LABELS[preference.kind]} id="notifications-enabled" {...form.register('enabled')} />
      <Button type="submit" variant="secondary" busy={pending} disabled={pending}>
        Enregistrer mes préférences
      </Button>
    </form>
  );
}
