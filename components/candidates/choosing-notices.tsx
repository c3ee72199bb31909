import { Alert } from '@/components/ui/alert';
import type { MissionForChoosing } from '@/lib/candidates/mission-search';
import { getProfession } from '@/lib/reference/professions';

/** Whether the mission still offers choosing: open, and not every position filled (SPEC §6.2). */
export function choosingState(mission: Pick<MissionForChoosing, 'status' | 'filledCount' | 'requestedCount'>): 'open' | 'filled' | 'archived' {
  if (mission.status !== 'OPEN') return 'archived';
  return mission.filledCount >= mission.requestedCount ? 'filled' : 'open';
}

/** The messages of the « Choisir » page (SPEC §6.4, the 2021 guide), most urgent first. */
export function ChoosingNotices({ mission }: { mission: MissionForChoosing }) {
  const state = choosingState(mission);
  return (
    <div className="space-y-3">
      {state === 'archived' ? (
        <Alert tone="warning" title="Cette mission est archivée.">
          Il n’est plus possible de choisir de candidats pour cette mission. Ses affectations et l’historique de ses candidatures
          restent consultables ci-dessous.
        </Alert>
      ) : null}
      {state === 'filled' ? (
        <Alert tone="success" title={`Cette mission est pourvue (${mission.filledCount}/${mission.requestedCount}).`}>
          Il n’est plus possible de contacter de candidats pour cette mission. Pensez à refuser les autres contactés : les
          candidats encore « Contacté » restent réservés pour vous tant que vous ne les refusez pas, et redeviennent ensuite
          disponibles pour les autres établissements.
        </Alert>
      ) : null}
      {mission.crisisModeActive ? (
        <Alert tone="info" title="Gestion de crise">
          L’ARS de votre région gère cette profession en mode gestion de crise : elle sélectionne elle-même les renforts. Seuls les
          volontaires qu’elle vous a proposés (statut « En cours ») apparaissent ci-dessous.
        </Alert>
      ) : null}
      {!mission.crisisModeActive && mission.crisisProfessionCodes.length > 0 ? (
        <Alert tone="info" title="Gestion de crise">
          L’ARS de votre région gère en mode gestion de crise : {mission.crisisProfessionCodes.map((code) => getProfession(code)?.label ?? code).join(', ')}. Pour
          ces professions, seuls les volontaires qu’elle vous a proposés (statut « En cours ») apparaissent ci-dessous ; les
          autres professions de cette mission restent visibles.
        </Alert>
      ) : null}
      {state === 'open' ? (
        <Alert tone="warning" title="Ne bloquez pas tous les candidats !">
          Un candidat « Contacté » est réservé pour votre établissement jusqu’à ce que vous validiez ou refusiez sa candidature : il
          n’est plus proposé aux autres établissements. Contactez seulement les candidats qui vous intéressent.
        </Alert>
      ) : null}
    </div>
  );
}
