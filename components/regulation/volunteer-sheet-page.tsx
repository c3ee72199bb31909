import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { CandidateSheet } from '@/components/establishment/candidate-sheet';
import type { VolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { VolunteerCandidacies } from '@/components/regulation/volunteer-candidacies';
import { VolunteerAccountPanel } from '@/components/regulation/volunteer-account-panel';
import type { VolunteerSheetActions } from '@/components/regulation/action-types';

/**
 * The body of `/ars/benevoles/[id]` and `/ccs/benevoles/[id]`: the sheet an establishment sees, and where
 * the volunteer is engaged. Let in through a mission's « Proposer » pool, it leads back to that mission
 * (the volunteer may be out of the volunteers table) and its document links carry the mission.
 */
export function VolunteerSheetPage({ base, found, actions }: { base: '/ars' | '/ccs'; found: VolunteerSheet; actions: VolunteerSheetActions }) {
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <p>
        {found.missionId ? (
          <Link href={`${base}/missions/${found.missionId}`} className="text-brand underline">
            Retour à la mission
          </Link>
        ) : (
          <Link href={`${base}/benevoles`} className="text-brand underline">
            Retour aux bénévoles
          </Link>
        )}
      </p>
      <PageTitle lead="Fiche du bénévole : coordonnées, profession, disponibilités, documents et candidatures.">
        {found.sheet.firstName} {found.sheet.lastName}
      </PageTitle>
      <CandidateSheet sheet={found.sheet} missionId={found.missionId} />
      <VolunteerCandidacies rows={found.candidacies} base={base} volunteerName={`${found.sheet.firstName} ${found.sheet.lastName}`} release={actions.release} withdraw={actions.withdraw} />
      {found.account ? <VolunteerAccountPanel account={found.account} actions={actions} /> : null}
    </div>
  );
}
