'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { failureMessage } from '@/components/candidates/choosing-actions';
import { PROFESSIONS } from '@/lib/reference/professions';
import type { RegionCode } from '@/lib/reference/regions';
import { crisisStartSchema } from '@/lib/regulation/schemas';
import type { CrisisModeView } from '@/lib/regulation/crisis';
import type { CrisisActions } from '@/components/regulation/action-types';
import { formatInstant } from '@/lib/dates/format';
import { professionLabel } from '@/components/establishment/format';
import { NoticeArea } from '@/components/candidates/notice-area';
import { useNotice } from '@/components/candidates/use-notice';
import { Panel } from '@/components/ui/panel';

interface Props {
  regionCode: RegionCode;
  regionName: string;
  active: CrisisModeView | null;
  actions: CrisisActions;
}

function activeText(active: CrisisModeView): string {
  const scope = active.allProfessions ? 'toutes les professions' : active.professionCodes.map(professionLabel).join(', ');
  return `Actif depuis le ${formatInstant(active.startedAt)} pour ${scope}.`;
}

/**
 * The switch of SPEC §7.2 for one region: for every profession or a chosen list. While it is on, the
 * region's establishments no longer see matching volunteers for those professions, only the ones the
 * ARS (or the CCS) pushed to them, with a message saying why. Effective at their next page load.
 */
export function CrisisPanel({ regionCode, regionName, active, actions }: Props) {
  const router = useRouter();
  const [allProfessions, setAllProfessions] = useState(active ? active.allProfessions : true);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(active?.professionCodes ?? []));
  // After a switch the page data comes back with the action's answer (it revalidated the area): the form
  // then shows what is now in force (and the outcome message stays, which a remount would lose).
  const [shownId, setShownId] = useState(active?.id ?? null);
  if ((active?.id ?? null) !== shownId) {
    setShownId(active?.id ?? null);
    setAllProfessions(active ? active.allProfessions : true);
    setChosen(new Set(active?.professionCodes ?? []));
  }
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'start' | 'end' | null>(null);
  const { notice, ref, announce } = useNotice();

  function toggle(code: string, checked: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (checked) next.add(code);
      else next.delete(code);
      return next;
    });
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    const parsed = crisisStartSchema.safeParse({ regionCode, allProfessions, professionCodes: allProfessions ? [] : [...chosen] });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Vérifiez votre choix.');
      return;
    }
    setError(null);
    setBusy('start');
    const result = await actions.start(parsed.data);
    setBusy(null);
    announce(
      result.ok
        ? { tone: 'success', message: `Mode gestion de crise ${active ? 'modifié' : 'activé'} pour la région ${regionName} : les établissements ne voient plus que les renforts que vous leur proposez.` }
        : { tone: 'error', message: failureMessage(result) },
    );
    if (!result.ok) router.refresh();
  }

  async function end() {
    setBusy('end');
    const result = await actions.end({ regionCode });
    setBusy(null);
    announce(
      result.ok
        ? { tone: 'success', message: `Mode gestion de crise désactivé pour la région ${regionName} : les établissements voient de nouveau directement les renforts correspondant à leurs missions.` }
        : { tone: 'error', message: failureMessage(result) },
    );
    // Refused (another agent switched meanwhile), nothing was revalidated: show what is in force.
    if (!result.ok) router.refresh();
  }

  return (
    <Panel id="crisis" title={`Gestion de crise — ${regionName}`}>
      <NoticeArea notice={notice} noticeRef={ref} testId="crisis-notice" />
      <div data-testid="crisis-state">
        {active ? (
          <Alert tone="warning" title="Mode gestion de crise actif">
            {activeText(active)}
          </Alert>
        ) : (
          <Alert tone="info" title="Mode direct">
            Les établissements de la région voient directement les renforts correspondant à leurs missions.
          </Alert>
        )}
      </div>
      <form onSubmit={(event) => void start(event)} className="space-y-4" noValidate>
        <fieldset className="space-y-2">
          <legend className="font-medium">Professions concernées</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" className="h-5 w-5 accent-brand" checked={allProfessions} onChange={() => setAllProfessions(true)} />
            Toutes les professions
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" className="h-5 w-5 accent-brand" checked={!allProfessions} onChange={() => setAllProfessions(false)} />
            Seulement les professions cochées ci-dessous
          </label>
        </fieldset>
        <fieldset disabled={allProfessions} aria-describedby={error ? 'crisis-error' : undefined} className="rounded border border-gray-300 p-3 disabled:opacity-60">
          <legend className="px-1 font-medium">Professions</legend>
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {PROFESSIONS.map((profession) => (
              <label key={profession.code} className="flex items-start gap-2">
                <input type="checkbox" className="mt-1 h-5 w-5 shrink-0 accent-brand" checked={chosen.has(profession.code)} onChange={(event) => toggle(profession.code, event.target.checked)} />
                {profession.label}
              </label>
            ))}
          </div>
        </fieldset>
        {error ? (
          <p id="crisis-error" role="alert" className="text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" busy={busy === 'start'} disabled={busy !== null}>
            {active ? 'Modifier le mode gestion de crise' : 'Activer le mode gestion de crise'}
          </Button>
          {active ? (
            <Button type="button" variant="danger" busy={busy === 'end'} disabled={busy !== null} onClick={() => void end()}>
              Désactiver le mode gestion de crise
            </Button>
          ) : null}
        </div>
      </form>
    </Panel>
  );
}
