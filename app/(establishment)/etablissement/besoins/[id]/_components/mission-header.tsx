import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { ChoosingNotices, choosingState } from '@/components/candidates/choosing-notices';
import { MissionSummary } from '@/components/candidates/mission-summary';
import { professionLabel } from '@/components/establishment/format';
import type { MissionForChoosing } from '@/lib/candidates/mission-search';

const TITLES = { open: 'Choisir des renforts', filled: 'Mission pourvue', archived: 'Mission archivée' } as const;

/** What every state of the mission's page starts with: the way back, the title, the mission, its notices. */
export function MissionHeader({ mission }: { mission: MissionForChoosing }) {
  const state = choosingState(mission);
  return (
    <>
      <p>
        <Link href={state === 'archived' ? '/etablissement?status=ARCHIVED' : '/etablissement'} className="text-brand underline">
          {state === 'archived' ? 'Retour aux missions archivées' : 'Retour au tableau de bord'}
        </Link>
      </p>
      <PageTitle lead={mission.establishmentName}>
        {TITLES[state]} — {professionLabel(mission.professionCode)}
      </PageTitle>
      {state === 'archived' ? null : (
        <Alert tone="info" title="Proposition de renfort : n’oubliez pas de mettre à jour le statut">
          Contactez les candidats qui vous intéressent, puis validez ou refusez leur candidature : un candidat refusé redevient
          disponible pour les autres établissements.
        </Alert>
      )}
      <MissionSummary mission={mission} />
      <ChoosingNotices mission={mission} />
    </>
  );
}
