import { CandidacyHistory, MissionAssignments } from '@/components/candidates/candidacy-history';
import { FilledMissionTable } from '@/components/candidates/filled-mission-table';
import type { MissionCandidacy } from '@/lib/candidacies/mission-follow-up';
import { refuseCandidaciesAction, refuseRemainingContactedAction, validateCandidaciesAction } from '../actions';

// The page of a mission once « Choisir » became « Voir » (SPEC §6.2): no map, no search, no « Contacter ».

/** Filled: the volunteers still « Contacté » to refuse (« Refuser les autres contactés »), and the « Affecté » ones. */
export function FilledView({ missionId, candidacies, now }: { missionId: string; candidacies: MissionCandidacy[]; now: string }) {
  const rows = candidacies.filter((row) => row.status === 'CONTACTED' || row.status === 'ASSIGNED');
  const actions = { validate: validateCandidaciesAction, refuse: refuseCandidaciesAction, refuseRemaining: refuseRemainingContactedAction };
  return (
    <section aria-labelledby="follow-up-title" className="space-y-4">
      <h2 id="follow-up-title" className="text-xl font-bold">
        Candidats contactés et affectés
      </h2>
      <FilledMissionTable missionId={missionId} rows={rows} now={now} actions={actions} />
    </section>
  );
}

/** Archived: read-only — its assignments, then the history of its candidacies. */
export function ArchivedView({ candidacies, now }: { candidacies: MissionCandidacy[]; now: Date }) {
  return (
    <>
      <section aria-labelledby="assigned-title" className="space-y-3">
        <h2 id="assigned-title" className="text-xl font-bold">
          Renforts affectés
        </h2>
        <MissionAssignments rows={candidacies} />
      </section>
      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-xl font-bold">
          Historique des candidatures
        </h2>
        <CandidacyHistory rows={candidacies} now={now} />
      </section>
    </>
  );
}
