'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import type { PscRequirementSetting } from '@/lib/federation/psc-requirement';
import type { SettingsActions } from '@/components/regulation/action-types';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';
import { Panel } from '@/components/ui/panel';

/**
 * « Exiger Pro Santé Connect pour les gestionnaires RPPS+ » (SPEC §16, as the RPPS+ seed guide has them
 * sign in with their CPS card). Without PSC configured the setting is kept but has no effect: the page
 * says so, since a required but absent PSC would lock every manager out.
 */
export function PscRequirementForm({ setting, save }: { setting: PscRequirementSetting; save: NonNullable<SettingsActions['savePscRequirement']> }) {
  const { notice, ref, announce } = useNotice();
  const [required, setRequired] = useState(setting.required);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await save({ required }).catch((): ActionResult<never> => ({ ok: false, formError: GENERIC_ERROR }));
    setPending(false);
    if (result.ok) {
      announce({
        tone: 'success',
        message: result.data.required
          ? 'Les gestionnaires RPPS+ se connectent désormais avec Pro Santé Connect uniquement.'
          : 'Les gestionnaires RPPS+ peuvent se connecter avec leur mot de passe ou avec Pro Santé Connect.',
      });
      return;
    }
    announce({ tone: 'error', message: result.formError ?? GENERIC_ERROR });
  }

  return (
    <Panel id="psc-settings" title="Connexion des gestionnaires RPPS+ — national">
      <NoticeArea notice={notice} noticeRef={ref} testId="psc-settings-notice" />
      {setting.pscAvailable ? null : (
        <p className="text-sm">Pro Santé Connect n’est pas configuré sur cette plateforme : ce réglage sera appliqué dès qu’il le sera.</p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
        <CheckboxField
          label="Exiger Pro Santé Connect pour les gestionnaires RPPS+"
          checked={required}
          onChange={(event) => setRequired(event.target.checked)}
        />
        <Button type="submit" busy={pending} disabled={pending}>
          Enregistrer
        </Button>
      </form>
    </Panel>
  );
}
